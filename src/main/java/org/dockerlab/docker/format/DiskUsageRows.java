package org.dockerlab.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.io.HumanUnits;

/** {@code docker system df}: the engine's disk usage report as the CLI's summary table. */
public final class DiskUsageRows {
  public static final List<String> HEADER = List.of("TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE");

  private DiskUsageRows() {}

  /** The four rows: images, containers, local volumes, build cache. */
  public static List<List<String>> rows(JsonNode df) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(images(df));
    rows.add(containers(df.path("Containers")));
    rows.add(volumes(df.path("Volumes")));
    rows.add(buildCache(df.path("BuildCache")));
    return rows;
  }

  private static List<String> images(JsonNode df) {
    long total = df.path("LayersSize").asLong();
    long used = 0;
    int active = 0;
    for (JsonNode i : df.path("Images")) {
      if (i.path("Containers").asLong() > 0) {
        active++;
        long size = i.has("Size") ? i.path("Size").asLong() : i.path("VirtualSize").asLong();
        long shared = i.path("SharedSize").asLong();
        if (size != -1 && shared != -1) {
          used += size - shared;
        }
      }
    }
    return List.of("Images", Integer.toString(df.path("Images").size()), Integer.toString(active), human(total), withPercent(total - used, total));
  }

  private static List<String> containers(JsonNode containers) {
    Tally t = new Tally();
    for (JsonNode c : containers) {
      String state = c.path("State").asText("");
      t.add(state.contains("running") || state.contains("paused") || state.contains("restarting"), c.path("SizeRw").asLong());
    }
    return List.of("Containers", Integer.toString(containers.size()), Integer.toString(t.active), human(t.size), withPercent(t.reclaimable, t.size));
  }

  private static List<String> volumes(JsonNode volumes) {
    Tally t = new Tally();
    for (JsonNode v : volumes) {
      t.add(v.path("UsageData").path("RefCount").asLong() > 0, v.path("UsageData").path("Size").asLong(-1));
    }
    return List.of("Local Volumes", Integer.toString(volumes.size()), Integer.toString(t.active), human(t.size), withPercent(t.reclaimable, t.size));
  }

  private static List<String> buildCache(JsonNode cache) {
    Tally t = new Tally();
    for (JsonNode b : cache) {
      // a record shared with another is counted where it is owned
      t.add(b.path("InUse").asBoolean(), b.path("Shared").asBoolean() ? -1 : b.path("Size").asLong());
    }
    return List.of("Build Cache", Integer.toString(cache.size()), Integer.toString(t.active), human(t.size), human(t.reclaimable));
  }

  /** One row's sums: the items in use, their bytes, and the bytes that removing the unused ones frees. */
  private static final class Tally {
    int active;
    long size;
    long reclaimable;

    /** @param bytes the item's size; negative when unknown or counted elsewhere (then only its use counts) */
    void add(boolean inUse, long bytes) {
      active += inUse ? 1 : 0;
      if (bytes >= 0) {
        size += bytes;
        reclaimable += inUse ? 0 : bytes;
      }
    }
  }

  private static String withPercent(long reclaimable, long total) {
    return total > 0 ? human(reclaimable) + " (" + (reclaimable * 100 / total) + "%)" : human(reclaimable);
  }

  // go-units' HumanSize: four significant digits
  private static String human(long bytes) {
    return HumanUnits.size(bytes, 4);
  }
}
