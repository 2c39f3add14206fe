package org.dockerlab.images;

import java.time.Duration;

/** What {@link ImageProvisioner} did for one image. */
public record Provisioned(LabImage image, How how, String imageId, Duration took, String note) {
  /** How the image came to be there. */
  public enum How {
    PRESENT("present"),
    PULLED("pulled"),
    BUILT("built offline");

    private final String words;

    How(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }
}
