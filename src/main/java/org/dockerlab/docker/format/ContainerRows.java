package org.dockerlab.docker.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.io.HumanUnits;

/** The lines of {@code docker ps}, as the docker CLI writes them. */
public final class ContainerRows {
  public static final List<String> HEADER = List.of("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES");

  private ContainerRows() {}

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
