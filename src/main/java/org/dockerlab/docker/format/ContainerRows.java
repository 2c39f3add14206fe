package org.dockerlab.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.io.HumanUnits;

/** The lines of {@code docker ps}, as the docker CLI writes them. */
public final class ContainerRows {
  public static final List<String> HEADER = List.of("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES");

  /** Each field a {@code --format} template can name, with its column header. */
  public static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("ID", "CONTAINER ID"), Map.entry("Image", "IMAGE"), Map.entry("Command", "COMMAND"),
      Map.entry("CreatedAt", "CREATED AT"), Map.entry("RunningFor", "CREATED"), Map.entry("Ports", "PORTS"),
      Map.entry("State", "STATE"), Map.entry("Status", "STATUS"), Map.entry("Size", "SIZE"), Map.entry("Names", "NAMES"),
      Map.entry("Labels", "LABELS"), Map.entry("Mounts", "MOUNTS"), Map.entry("Networks", "NETWORKS"),
      Map.entry("LocalVolumes", "LOCAL VOLUMES"));

  private ContainerRows() {}

  /**
   * The fields a {@code --format} template sees, keys sorted like the CLI's {@code {{json .}}}.
   *
   * @param json the engine's own record of the container, for its mounts, networks and sizes
   */
  public static ObjectNode fields(ContainerSummary c, JsonNode json, Instant now, boolean trunc) {
    List<String> cells = row(c, now, trunc);
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    row.put("Command", cells.get(2));
    row.put("CreatedAt", GoTimes.string(c.created()));
    row.put("ID", cells.get(0));
    row.put("Image", cells.get(1));
    row.put("Labels", new TreeMap<>(c.labels()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
    List<String> mounts = new ArrayList<>();
    int local = 0;
    for (JsonNode m : json.path("Mounts")) {
      String name = m.path("Name").asText("");
      if (name.isEmpty()) {
        name = m.path("Source").asText("");
      }
      mounts.add(trunc ? Ellipsis.of(name, 15) : name);
      local += m.path("Driver").asText("").equals("local") ? 1 : 0;
    }
    row.put("LocalVolumes", Integer.toString(local));
    row.put("Mounts", String.join(",", mounts));
    row.put("Names", cells.get(6));
    List<String> networks = new ArrayList<>();
    json.path("NetworkSettings").path("Networks").fieldNames().forEachRemaining(networks::add);
    row.put("Networks", networks.stream().sorted().collect(Collectors.joining(",")));
    row.putNull("Platform");
    row.put("Ports", cells.get(5));
    row.put("RunningFor", cells.get(3));
    row.put("Size", size(json.path("SizeRw").asLong(), json.path("SizeRootFs").asLong()));
    row.put("State", c.state() == null ? "" : c.state());
    row.put("Status", cells.get(4));
    return row;
  }

  /** The container's ID as {@code ps -q} prints it. */
  public static String id(ContainerSummary c, boolean trunc) {
    return trunc ? ShortIds.of(c.id()) : c.id();
  }

  /** One line of the table, ages counted to {@code now}. */
  public static List<String> row(ContainerSummary c, Instant now, boolean trunc) {
    String command = c.command() == null ? "" : c.command();
    if (trunc && command.codePointCount(0, command.length()) > 20) {
      command = command.substring(0, command.offsetByCodePoints(0, 19)) + "…";
    }
    String created = c.created() == 0 ? "" : HumanUnits.since(Instant.ofEpochSecond(c.created()), now);
    return List.of(
        id(c, trunc),
        image(c.image(), trunc),
        quote(command),
        created,
        c.status() == null ? "" : c.status(),
        PortFormat.display(c.ports()),
        names(c.names(), trunc));
  }

  /** The SIZE column of {@code ps -s}: the writable layer, and with the image's size {@code (virtual ...)}. */
  public static String size(long sizeRw, long sizeRootFs) {
    String rw = HumanUnits.size(sizeRw);
    return sizeRootFs > 0 ? rw + " (virtual " + HumanUnits.size(sizeRootFs) + ")" : rw;
  }

  private static String image(String image, boolean trunc) {
    if (image == null) {
      return "";
    }
    if (trunc && image.startsWith("sha256:")) {
      return ShortIds.of(image);
    }
    int at = image.indexOf('@');
    return trunc && at > 0 ? image.substring(0, at) : image;
  }

  private static String names(List<String> names, boolean trunc) {
    List<String> shown = new ArrayList<>();
    for (String n : names) {
      String name = n.startsWith("/") ? n.substring(1) : n;
      // the CLI hides link aliases ("other/alias") unless --no-trunc
      if (!trunc || !name.contains("/")) {
        shown.add(name);
      }
    }
    return String.join(",", shown);
  }

  // Go's strconv.Quote for the printable text the engine gives
  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> sb.append(ch);
      }
    }
    return sb.append('"').toString();
  }
}
