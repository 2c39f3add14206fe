package org.dockerlab.archive;

import java.util.List;

/**
 * One image of a docker archive, identified as the engine identifies it.
 *
 * @param tags its tags as the archive spells them ({@code busybox:latest}, or
 *     {@code docker.io/library/busybox:latest} in an OCI annotation); empty when saved by ID
 * @param configDigest the digest of its config, which is the image ID the engine shows after loading it
 * @param layers how many layers its manifest lists
 * @param diffIds the digests of its uncompressed layers, from the config's {@code rootfs.diff_ids}; empty when
 *     the config is not among the archive's small entries
 */
public record ArchivedImage(List<String> tags, String configDigest, int layers, List<String> diffIds) {
  public ArchivedImage {
    tags = List.copyOf(tags);
    diffIds = List.copyOf(diffIds);
  }
}
