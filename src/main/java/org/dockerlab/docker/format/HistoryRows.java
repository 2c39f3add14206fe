package org.dockerlab.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.io.HumanUnits;

/** The rows of {@code docker history}, from the engine's JSON, with the CLI's columns and truncation. */
public final class HistoryRows {
  /** Each field a template can name, with its column header ({@code -H=false} shows dates: CREATED AT). */
  public static Map<String, String> headers(boolean human) {
    Map<String, String> h = new LinkedHashMap<>(HEADERS);
    h.put("CreatedSince", human ? "CREATED" : "CREATED AT");
    return h;
  }

  private static final Map<String, String> HEADERS = headers();

  public static final String DEFAULT_TABLE = "table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";
  private static final int CREATED_BY_WIDTH = 45;

  private HistoryRows() {}

  private static Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("ID", "IMAGE");
    h.put("CreatedSince", "CREATED");
    h.put("CreatedAt", "CREATED AT");
    h.put("CreatedBy", "CREATED BY");
    h.put("Size", "SIZE");
    h.put("Comment", "COMMENT");
    return Map.copyOf(h);
  }

  /** One record of {@code GET /images/{name}/history} as the fields a template sees (keys sorted like Go's JSON). */
  public static ObjectNode row(JsonNode record, boolean trunc, boolean human, Instant now) {
    String id = record.path("Id").asText("<missing>");
    long created = record.path("Created").asLong();
    String createdBy = record.path("CreatedBy").asText("").replace("\t", " ");
    long size = record.path("Size").asLong();
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    row.put("Comment", record.path("Comment").asText(""));
    row.put("CreatedAt", rfc3339(created));
    row.put("CreatedBy", trunc ? Ellipsis.of(createdBy, CREATED_BY_WIDTH) : createdBy);
    row.put("CreatedSince", human ? HumanUnits.since(Instant.ofEpochSecond(created), now) : rfc3339(created));
    row.put("ID", trunc && !id.equals("<missing>") ? ShortIds.of(id) : id);
    row.put("Size", human ? HumanUnits.size(size) : Long.toString(size));
    return row;
  }

  /** The rows of a whole history. */
  public static List<ObjectNode> rows(JsonNode history, boolean trunc, boolean human, Instant now) {
    List<ObjectNode> rows = new ArrayList<>();
    history.forEach(r -> rows.add(row(r, trunc, human, now)));
    return rows;
  }

  /** Go's {@code time.Unix(s, 0).Format(time.RFC3339)} in the local zone. */
  static String rfc3339(long epochSecond) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(epochSecond).atZone(ZoneId.systemDefault()));
  }
}
