package org.dockerlab.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dockerlab.io.HumanUnits;

/** The lines of {@code docker volume ls}, as the docker CLI writes them. */
public final class VolumeRows {
  public static final List<String> HEADER = List.of("DRIVER", "VOLUME NAME");

  /** Each field a {@code --format} template can name, with its column header. */
  public static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("Name", "VOLUME NAME"), Map.entry("Driver", "DRIVER"), Map.entry("Scope", "SCOPE"),
      Map.entry("Mountpoint", "MOUNTPOINT"), Map.entry("Labels", "LABELS"), Map.entry("Links", "LINKS"),
      Map.entry("Size", "SIZE"), Map.entry("Group", "GROUP"), Map.entry("Availability", "AVAILABILITY"),
      Map.entry("Status", "STATUS"));

  /** The CLI lists volumes by name in natural order ({@code v2} before {@code v10}). */
  public static final Comparator<JsonNode> BY_NAME = (a, b) -> naturalCompare(a.path("Name").asText(""), b.path("Name").asText(""));

  private VolumeRows() {}

  /** One line of the default table. */
  public static List<String> row(JsonNode volume) {
    return List.of(volume.path("Driver").asText(""), volume.path("Name").asText(""));
  }

  /** The fields a {@code --format} template sees, keys sorted like the CLI's {@code {{json .}}}. */
  public static ObjectNode fields(JsonNode volume) {
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    JsonNode usage = volume.path("UsageData");
    row.put("Availability", "N/A");
    row.put("Driver", volume.path("Driver").asText(""));
    row.put("Group", "N/A");
    List<String> labels = new ArrayList<>();
    volume.path("Labels").fields().forEachRemaining(e -> labels.add(e.getKey() + "=" + e.getValue().asText("")));
    // the CLI joins a Go map, in no fixed order; sorted, the same labels always read the same
    row.put("Labels", labels.stream().sorted().collect(Collectors.joining(",")));
    row.put("Links", usage.isObject() && usage.path("RefCount").asLong(-1) >= 0 ? usage.path("RefCount").asText() : "N/A");
    row.put("Mountpoint", volume.path("Mountpoint").asText(""));
    row.put("Name", volume.path("Name").asText(""));
    row.put("Scope", volume.path("Scope").asText(""));
    row.put("Size", usage.isObject() && usage.path("Size").asLong(-1) >= 0 ? HumanUnits.size(usage.path("Size").asLong(), 4) : "N/A");
    row.put("Status", "N/A");
    return row;
  }

  /** Go's {@code sortorder.NaturalLess} as a comparator: runs of digits compare by value, digits before other characters. */
  static int naturalCompare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    return naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0;
  }

  private static boolean naturalLess(String s1, String s2) {
    int i1 = 0;
    int i2 = 0;
    while (i1 < s1.length() && i2 < s2.length()) {
      char c1 = s1.charAt(i1);
      char c2 = s2.charAt(i2);
      boolean d1 = isDigit(c1);
      boolean d2 = isDigit(c2);
      if (d1 != d2) {
        return d1;
      }
      if (!d1) {
        if (c1 != c2) {
          return c1 < c2;
        }
        i1++;
        i2++;
        continue;
      }
      while (i1 < s1.length() && s1.charAt(i1) == '0') {
        i1++;
      }
      while (i2 < s2.length() && s2.charAt(i2) == '0') {
        i2++;
      }
      int nz1 = i1;
      int nz2 = i2;
      while (i1 < s1.length() && isDigit(s1.charAt(i1))) {
        i1++;
      }
      while (i2 < s2.length() && isDigit(s2.charAt(i2))) {
        i2++;
      }
      if (i1 - nz1 != i2 - nz2) {
        return i1 - nz1 < i2 - nz2;
      }
      int byDigits = s1.substring(nz1, i1).compareTo(s2.substring(nz2, i2));
      if (byDigits != 0) {
        return byDigits < 0;
      }
      if (nz1 != nz2) {
        return nz1 < nz2;
      }
    }
    return s1.length() < s2.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
