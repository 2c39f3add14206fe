package org.dockerlab.docker.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ImageSummary;
import org.dockerlab.io.HumanUnits;

/**
 * The rows {@code docker images} shows for one image, as the docker CLI builds them: one per repository
 * and tag, a {@code <none>} tag for a repository known only by digest, {@code <none> <none>} when dangling.
 */
public final class ImageRows {
  public static final List<String> HEADER = List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE");
  static final String NONE = "<none>";

  private ImageRows() {}

  /** One line of the table, before formatting. */
  public record Row(String repository, String tag, String id, long createdEpochSecond, long size) {
    /** The IMAGE ID column: 12 hex digits, or the full {@code sha256:...} with {@code --no-trunc}. */
    public String id(boolean noTrunc) {
      return noTrunc ? id : ShortIds.of(id);
    }

    /** The table's cells, ages counted to {@code now}. */
    public List<String> cells(boolean noTrunc, Instant now) {
      return List.of(repository, tag, id(noTrunc), HumanUnits.since(Instant.ofEpochSecond(createdEpochSecond), now), HumanUnits.size(size));
    }
  }

  public static List<Row> of(ImageSummary image) {
    Map<String, List<String>> tagsByRepo = new LinkedHashMap<>();
    for (String ref : present(image.repoTags(), "<none>:<none>")) {
      int colon = ref.lastIndexOf(':');
      if (colon > ref.lastIndexOf('/')) {
        tagsByRepo.computeIfAbsent(ref.substring(0, colon), r -> new ArrayList<>()).add(ref.substring(colon + 1));
      }
    }
    for (String ref : present(image.repoDigests(), "<none>@<none>")) {
      int at = ref.indexOf('@');
      if (at > 0) {
        tagsByRepo.computeIfAbsent(ref.substring(0, at), r -> new ArrayList<>(List.of(NONE)));
      }
    }
    List<Row> rows = new ArrayList<>();
    tagsByRepo.forEach((repo, tags) -> tags.forEach(tag -> rows.add(new Row(repo, tag, image.id(), image.created(), image.size()))));
    if (rows.isEmpty()) {
      rows.add(new Row(NONE, NONE, image.id(), image.created(), image.size()));
    }
    return rows;
  }

  private static List<String> present(List<String> refs, String placeholder) {
    return refs.stream().filter(r -> r != null && !r.equals(placeholder)).toList();
  }
}
