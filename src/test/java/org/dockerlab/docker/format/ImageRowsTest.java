package org.dockerlab.docker.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dockerlab.docker.ImageSummary;
import org.junit.jupiter.api.Test;

class ImageRowsTest {
  private static final String ID = "sha256:3002921e3d54fb735ea7b0e089dcce2d8c534f3bf808bda72da3a0ad545f814c";

  private static ImageSummary image(List<String> repoTags, List<String> repoDigests) {
    return new ImageSummary(ID, repoTags, repoDigests, 1, 3963406, null);
  }

  @Test
  void of_taggedImage_givesOneRowPerTag_withTheShortId() throws Exception {
    ImageSummary i = image(List.of("busybox:latest", "localhost:5000/busybox:1"), List.of());
    List<ImageRows.Row> rows = ImageRows.of(i);
    assertThat(rows).extracting(ImageRows.Row::repository, ImageRows.Row::tag)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("busybox", "latest"), org.assertj.core.groups.Tuple.tuple("localhost:5000/busybox", "1"));
    assertThat(rows.get(0).id(false)).isEqualTo("3002921e3d54");
    assertThat(rows.get(0).id(true)).isEqualTo(ID);
  }

  @Test
  void of_danglingImage_isNoneNone() throws Exception {
    List<ImageRows.Row> rows = ImageRows.of(image(List.of("<none>:<none>"), List.of("<none>@<none>")));
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.repository()).isEqualTo("<none>");
      assertThat(r.tag()).isEqualTo("<none>");
    });
  }

  @Test
  void of_digestOnlyImage_showsItsRepositoryWithNoneTag() throws Exception {
    List<ImageRows.Row> rows = ImageRows.of(image(List.of(), List.of("localhost:5000/myapp@sha256:abcd")));
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.repository()).isEqualTo("localhost:5000/myapp");
      assertThat(r.tag()).isEqualTo("<none>");
    });
  }
}
