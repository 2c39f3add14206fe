package org.dockerlab.docker.format;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ImageSummary;
import org.dockerlab.io.HumanUnits;

/**
 * The rows {@code docker images} shows for one image, as the docker CLI builds them: one per repository
 * and tag (and with {@code --digests} per digest of that repository), a {@code <none>} tag for a
 * repository known only by digest, {@code <none> <none>} when dangling.
 */
public final class ImageRows {
  public static final List<String> HEADER = List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE");
  public static final List<String> HEADER_WITH_DIGEST = List.of("REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE");
  static final String NONE = "<none>";

  /** Each field a template can name, with its column header. */
  public static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("ID", "IMAGE ID"), Map.entry("Repository", "REPOSITORY"), Map.entry("Tag", "TAG"),
      Map.entry("Digest", "DIGEST"), Map.entry("CreatedSince", "CREATED"), Map.entry("CreatedAt", "CREATED AT"),
      Map.entry("Size", "SIZE"), Map.entry("Containers", "CONTAINERS"), Map.entry("VirtualSize", "VIRTUAL SIZE"),
      Map.entry("SharedSize", "SHARED SIZE"), Map.entry("UniqueSize", "UNIQUE SIZE"));

  private ImageRows() {}

  /**
   * One line of the table, before formatting.
   *
   * @param digest {@code sha256:...}, {@code <none>}, or empty for a digest-only row without {@code --digests}
   */
  public record Row(String repository, String tag, String digest, String id, long createdEpochSecond, long size, ImageSummary image) {
    public Row(String repository, String tag, String id, long createdEpochSecond, long size) {
      this(repository, tag, NONE, id, createdEpochSecond, size, null);
    }

    /** The IMAGE ID column: 12 hex digits, or the full {@code sha256:...} with {@code --no-trunc}. */
    public String id(boolean noTrunc) {
      return noTrunc ? id : ShortIds.of(id);
    }

    /** The table's cells, ages counted to {@code now}. */
    public List<String> cells(boolean noTrunc, Instant now) {
      return List.of(repository, tag, id(noTrunc), HumanUnits.since(Instant.ofEpochSecond(createdEpochSecond), now), HumanUnits.size(size));
    }

    /** The fields a {@code --format} template sees, keys sorted like the CLI's {@code {{json .}}}. */
    public ObjectNode fields(boolean noTrunc, Instant now) {
      ObjectNode row = JsonNodeFactory.instance.objectNode();
      row.put("Containers", "N/A");
      row.put("CreatedAt", GoTimes.string(createdEpochSecond));
      row.put("CreatedSince", HumanUnits.since(Instant.ofEpochSecond(createdEpochSecond), now));
      row.put("Digest", digest);
      row.put("ID", id(noTrunc));
      row.put("Repository", repository);
      row.put("SharedSize", "N/A");
      row.put("Size", HumanUnits.size(size));
      row.put("Tag", tag);
      row.put("UniqueSize", "N/A");
      row.put("VirtualSize", HumanUnits.size(size, 4));
      return row;
    }

    /** The cells with the DIGEST column ({@code docker images --digests}). */
    public List<String> cellsWithDigest(boolean noTrunc, Instant now) {
      List<String> cells = new ArrayList<>(cells(noTrunc, now));
      cells.add(2, digest);
      return cells;
    }
  }

  public static List<Row> of(ImageSummary image) {
    return of(image, false);
  }

  /** The rows of one image; with {@code digests} a row per digest of each tagged repository. */
  public static List<Row> of(ImageSummary image, boolean digests) {
    Map<String, List<String>> tagsByRepo = new LinkedHashMap<>();
    for (String ref : present(image.repoTags(), "<none>:<none>")) {
      int colon = ref.lastIndexOf(':');
      if (colon > ref.lastIndexOf('/')) {
        tagsByRepo.computeIfAbsent(ref.substring(0, colon), r -> new ArrayList<>()).add(ref.substring(colon + 1));
      }
    }
    Map<String, List<String>> digestsByRepo = new LinkedHashMap<>();
    for (String ref : present(image.repoDigests(), "<none>@<none>")) {
      int at = ref.indexOf('@');
      if (at > 0) {
        digestsByRepo.computeIfAbsent(ref.substring(0, at), r -> new ArrayList<>()).add(ref.substring(at + 1));
      }
    }
    List<Row> rows = new ArrayList<>();
    tagsByRepo.forEach((repo, tags) -> {
      // as in the CLI: a repository's digests go on its tags' rows, not rows of their own
      List<String> repoDigests = digestsByRepo.remove(repo);
      for (String tag : tags) {
        if (!digests || repoDigests == null) {
          rows.add(row(repo, tag, NONE, image));
        } else {
          repoDigests.forEach(d -> rows.add(row(repo, tag, d, image)));
        }
      }
    });
    digestsByRepo.forEach((repo, repoDigests) -> {
      if (digests) {
        repoDigests.forEach(d -> rows.add(row(repo, NONE, d, image)));
      } else {
        rows.add(row(repo, NONE, "", image));
      }
    });
    if (rows.isEmpty()) {
      rows.add(row(NONE, NONE, NONE, image));
    }
    return rows;
  }

  private static Row row(String repo, String tag, String digest, ImageSummary image) {
    return new Row(repo, tag, digest, image.id(), image.created(), image.size(), image);
  }

  private static List<String> present(List<String> refs, String placeholder) {
    return refs.stream().filter(r -> r != null && !r.equals(placeholder)).toList();
  }
}
