package org.dockerlab.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ImageDetails;
import org.junit.jupiter.api.Test;

/** Which images are the lab's stand-ins: those whose label names their own top layer, not those built on one. */
class LabImagesTest {
  private static final String BASE = "sha256:" + "1".repeat(64);
  private static final String OWN = "sha256:" + "2".repeat(64);
  private static final String LEARNERS = "sha256:" + "3".repeat(64);
  private static final Map<String, String> LABELS = Map.of(LabImages.LABEL_STAND_IN, OWN, LabImages.LABEL_SOURCE, "built offline");

  private static ImageDetails image(Map<String, String> labels, String... layers) {
    return new ImageDetails("sha256:" + "f".repeat(64), List.of("x:latest"), List.of(), labels, 1, List.of(layers));
  }

  @Test
  void theStandIn_isOne() {
    assertThat(LabImages.isStandIn(image(LABELS, BASE, OWN))).isTrue();
  }

  @Test
  void anImageBuiltOnAStandIn_inheritsTheLabel_butIsNotOne() {
    assertThat(LabImages.isStandIn(image(LABELS, BASE, OWN, LEARNERS))).isFalse();
  }

  @Test
  void aLabelWrittenByHand_orNoLabel_orNoLayers_isNotOne() {
    assertThat(LabImages.isStandIn(image(Map.of(LabImages.LABEL_STAND_IN, "true"), BASE, OWN))).isFalse();
    assertThat(LabImages.isStandIn(image(Map.of(LabImages.LABEL_STAND_IN, OWN), BASE, OWN))).as("no source label").isFalse();
    assertThat(LabImages.isStandIn(image(Map.of(), BASE, OWN))).isFalse();
    assertThat(LabImages.isStandIn(image(LABELS))).isFalse();
  }
}
