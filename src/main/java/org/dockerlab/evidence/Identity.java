package org.dockerlab.evidence;

import java.util.List;
import java.util.Objects;

/**
 * What makes an image that image, whatever it is called: its ID, its configuration's digest and its
 * layers' diff IDs. Names move ({@code docker tag}, {@code rmi}, a reload); these do not. On the classic
 * image store the ID is the configuration's digest; on the containerd store it is the manifest's, so the
 * configuration digest may be unknown (null) and the layers decide.
 */
public record Identity(String imageId, String configDigest, List<String> diffIds) {
  public Identity {
    diffIds = diffIds == null ? List.of() : List.copyOf(diffIds);
  }

  /**
   * Whether the two are one image: the same ID or configuration digest where both are known; where
   * neither is comparable, the same layers (an image with other layers is another image either way).
   */
  public boolean sameImageAs(Identity other) {
    if (other == null) {
      return false;
    }
    if (imageId != null && imageId.equals(other.imageId)) {
      return true;
    }
    if (configDigest != null && other.configDigest != null) {
      return configDigest.equals(other.configDigest);
    }
    if (configDigest != null && configDigest.equals(other.imageId) || other.configDigest != null && other.configDigest.equals(imageId)) {
      return true;
    }
    return !diffIds.isEmpty() && diffIds.equals(other.diffIds);
  }

  /** The short form people see in {@code docker images}: the first 12 hex digits. */
  public String shortId() {
    String id = Objects.requireNonNullElse(configDigest != null ? configDigest : imageId, "");
    String hex = id.startsWith("sha256:") ? id.substring(7) : id;
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }
}
