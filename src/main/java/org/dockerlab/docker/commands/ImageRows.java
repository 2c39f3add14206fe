package org.dockerlab.docker.commands;

import com.github.dockerjava.api.model.Image;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows {@code docker images} shows for one image, as the docker CLI builds them: one per repository
 * and tag, a {@code <none>} tag for a repository known only by digest, {@code <none> <none>} when dangling.
 */
final class ImageRows {
  static final String NONE = "<none>";

  private ImageRows() {}

  /** One line of the table, before formatting. */
  record Row(String repository, String tag, String id, long createdEpochSecond, long size) {
    /** The IMAGE ID column: 12 hex digits, or the full {@code sha256:...} with {@code --no-trunc}. */
    String id(boolean noTrunc) {
      return noTrunc ? id : shortId(id);
    }
  }

  static List<Row> of(Image image) {
    String id = image.getId();
    long created = image.getCreated() == null ? 0 : image.getCreated();
    long size = image.getSize() == null ? 0 : image.getSize();
    Map<String, List<String>> tagsByRepo = new LinkedHashMap<>();
    for (String ref : present(image.getRepoTags(), "<none>:<none>")) {
      int colon = ref.lastIndexOf(':');
      if (colon > ref.lastIndexOf('/')) {
        tagsByRepo.computeIfAbsent(ref.substring(0, colon), r -> new ArrayList<>()).add(ref.substring(colon + 1));
      }
    }
    for (String ref : present(image.getRepoDigests(), "<none>@<none>")) {
      int at = ref.indexOf('@');
      if (at > 0) {
        tagsByRepo.computeIfAbsent(ref.substring(0, at), r -> new ArrayList<>(List.of(NONE)));
      }
    }
    List<Row> rows = new ArrayList<>();
    tagsByRepo.forEach((repo, tags) -> tags.forEach(tag -> rows.add(new Row(repo, tag, id, created, size))));
    if (rows.isEmpty()) {
      rows.add(new Row(NONE, NONE, id, created, size));
    }
    return rows;
  }

  static String shortId(String id) {
    String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }

  private static List<String> present(String[] refs, String placeholder) {
    List<String> list = new ArrayList<>();
    if (refs != null) {
      for (String r : refs) {
        if (r != null && !r.equals(placeholder)) {
          list.add(r);
        }
      }
    }
    return list;
  }
}
