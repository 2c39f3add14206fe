package org.dockerlab.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two fresh offline builds of the stand-in images give the same image IDs: the same lab on every machine. */
@RequiresEngine
class ReproducibleImagesIT {
  @TempDir Path state;

  /** Removes the lab's stand-ins (dependents first; only labelled ones), builds them all, returns their IDs. */
  private static Map<String, String> freshBuild(DockerGateway engine) {
    List<LabImage> dependentsFirst = new ArrayList<>(LabImages.all());
    Collections.reverse(dependentsFirst);
    for (LabImage image : dependentsFirst) {
      Optional<ImageDetails> found = engine.inspectImage(image.reference());
      if (found.isPresent() && found.get().labels().containsKey(LabImages.LABEL_STAND_IN)) {
        engine.removeImage(image.reference(), false);
      }
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (Provisioned p : new ImageProvisioner(engine, false, line -> {}).ensureAll(LabImages.all())) {
      assertThat(p.how()).as(p.image().reference()).isIn(Provisioned.How.BUILT, Provisioned.How.PRESENT);
      ids.put(p.image().reference(), p.imageId());
    }
    return ids;
  }

  @Test
  void twoFreshBuilds_giveIdenticalImageIds_labelledAsStandIns() {
    try (DockerGateway engine = TestEngine.connect(state)) {
      Map<String, String> first = freshBuild(engine);
      Map<String, String> second = freshBuild(engine);
      System.out.println("stand-in image IDs, first build:  " + first);
      System.out.println("stand-in image IDs, second build: " + second);
      assertThat(second).isEqualTo(first);
      assertThat(first).containsOnlyKeys("busybox:latest", "registry:2", "myapp:latest", "myimage:latest");
      for (String ref : first.keySet()) {
        ImageDetails d = engine.inspectImage(ref).orElseThrow();
        if (d.labels().containsKey(LabImages.LABEL_STAND_IN)) {
          assertThat(LabImages.isStandIn(d)).as(ref + ": its stand-in label names its own top layer").isTrue();
        }
      }
    }
  }
}
