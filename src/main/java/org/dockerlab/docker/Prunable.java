package org.dockerlab.docker;

/** What the engine prunes ({@code docker container|image|network|volume|system prune}), and the endpoint that does it. */
public enum Prunable {
  /** stopped containers: the report's {@code ContainersDeleted} (IDs) and {@code SpaceReclaimed} */
  CONTAINERS("/containers/prune"),
  /** unused images ({@code dangling=true}: untagged ones only): {@code ImagesDeleted} (Untagged/Deleted) and {@code SpaceReclaimed} */
  IMAGES("/images/prune"),
  /** networks no container uses: {@code NetworksDeleted} (names) */
  NETWORKS("/networks/prune"),
  /** volumes no container uses (which ones by API version and {@code all=true}): {@code VolumesDeleted} and {@code SpaceReclaimed} */
  VOLUMES("/volumes/prune"),
  /** the build cache ({@code all=true}: all of it, not only what is unused): {@code CachesDeleted} and {@code SpaceReclaimed} */
  BUILD_CACHE("/build/prune");

  private final String endpoint;

  Prunable(String endpoint) {
    this.endpoint = endpoint;
  }

  /** The Engine API endpoint, e.g. {@code /containers/prune}. */
  public String endpoint() {
    return endpoint;
  }
}
