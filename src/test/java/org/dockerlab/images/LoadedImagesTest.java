package org.dockerlab.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadedImagesTest {
  @Test
  void references_takeTheLoadedImageLines_andSkipUntaggedIds() {
    List<String> lines = List.of(
        "Loaded image: busybox:latest",
        "Loaded image ID: sha256:0123456789ab",
        "Loaded image: docker.io/library/registry:2",
        "Loaded image: localhost:5000/myapp:latest");
    assertThat(LoadedImages.references(lines)).containsExactly("busybox:latest", "registry:2", "localhost:5000/myapp:latest");
  }

  @Test
  void notIn_namesTheLabImagesTheBundleLacked() {
    List<LabImage> lacking = LoadedImages.notIn(LabImages.all(), List.of("busybox:latest", "myapp:latest"));
    assertThat(lacking).extracting(LabImage::reference).containsExactly("registry:2", "myimage:latest");
  }
}
