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
    long size = 0;
    long reclaimable = 0;
    int active = 0;
    for (JsonNode c : containers) {
      long rw = c.path("SizeRw").asLong();
      size += rw;
      String state = c.path("State").asText("");
      if (state.contains("running") || state.contains("paused") || state.contains("restarting")) {
        active++;
      } else {
        reclaimable += rw;
      }
    }
    return List.of("Containers", Integer.toString(containers.size()), Integer.toString(active), human(size), withPercent(reclaimable, size));
  }

  private static List<String> volumes(JsonNode volumes) {
    long size = 0;
    long reclaimable = 0;
    int active = 0;
    for (JsonNode v : volumes) {
      long bytes = v.path("UsageData").path("Size").asLong(-1);
      boolean used = v.path("UsageData").path("RefCount").asLong() > 0;
      active += used ? 1 : 0;
      if (bytes != -1) {
        size += bytes;
        reclaimable += used ? 0 : bytes;
      }
    }
    return List.of("Local Volumes", Integer.toString(volumes.size()), Integer.toString(active), human(size), withPercent(reclaimable, size));
  }

  private static List<String> buildCache(JsonNode cache) {
    long size = 0;
    long reclaimable = 0;
    int active = 0;
    for (JsonNode b : cache) {
      boolean inUse = b.path("InUse").asBoolean();
      boolean shared = b.path("Shared").asBoolean();
      active += inUse ? 1 : 0;
      if (!shared) {
        size += b.path("Size").asLong();
        reclaimable += inUse ? 0 : b.path("Size").asLong();
      }
    }
    return List.of("Build Cache", Integer.toString(cache.size()), Integer.toString(active), human(size), human(reclaimable));
  }

  private static String withPercent(long reclaimable, long total) {
    return total > 0 ? human(reclaimable) + " (" + (reclaimable * 100 / total) + "%)" : human(reclaimable);
  }

  // go-units' HumanSize: four significant digits
  private static String human(long bytes) {
    return HumanUnits.size(bytes, 4);
  }
}
