package org.dockerlab.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dockerlab.errors.LabException;
import org.junit.jupiter.api.Test;

class ImageRefTest {
  @Test
  void plainName_isOnDockerHub_underLibrary_withLatest() {
    ImageRef r = ImageRef.parse("busybox");
    assertThat(r.registryOrHub()).isEqualTo("docker.io");
    assertThat(r.remotePath()).isEqualTo("library/busybox");
    assertThat(r.withDefaultTag()).isEqualTo("busybox:latest");
    assertThat(r.authKey()).isEqualTo("https://index.docker.io/v1/");
  }

  @Test
  void localhostWithPort_isARegistry() {
    ImageRef r = ImageRef.parse("localhost:5000/myapp");
    assertThat(r.registry()).isEqualTo("localhost:5000");
    assertThat(r.path()).isEqualTo("myapp");
    assertThat(r.tagOrLatest()).isEqualTo("latest");
    assertThat(r.authKey()).isEqualTo("localhost:5000");
    assertThat(r.remotePath()).isEqualTo("myapp");
  }

  @Test
  void loopbackSpellings_nameTheSameLocalRegistry_itselfFirst_othersOnlyThemselves() {
    assertThat(ImageRef.parse("127.0.0.1:5000/myapp:v2").loopbackSpellings()).map(ImageRef::toString)
        .containsExactly("127.0.0.1:5000/myapp:v2", "localhost:5000/myapp:v2");
    assertThat(ImageRef.parse("[::1]:5000/myapp").loopbackSpellings()).map(ImageRef::toString)
        .containsExactly("[::1]:5000/myapp", "localhost:5000/myapp", "127.0.0.1:5000/myapp");
    assertThat(ImageRef.parse("localhost/myapp").loopbackSpellings()).map(ImageRef::toString)
        .containsExactly("localhost/myapp", "127.0.0.1/myapp");
    assertThat(ImageRef.parse("busybox").loopbackSpellings()).map(ImageRef::toString).containsExactly("busybox");
    assertThat(ImageRef.parse("registry.example.com:5000/myapp").loopbackSpellings()).hasSize(1);
  }

  @Test
  void userRepository_onHub_keepsItsPath() {
    ImageRef r = ImageRef.parse("manu/myapp:1.0");
    assertThat(r.registry()).isNull();
    assertThat(r.remotePath()).isEqualTo("manu/myapp");
    assertThat(r.tag()).isEqualTo("1.0");
  }

  @Test
  void registryPort_isNotMistakenForATag() {
    ImageRef r = ImageRef.parse("localhost:5000/team/app:v2");
    assertThat(r.registry()).isEqualTo("localhost:5000");
    assertThat(r.path()).isEqualTo("team/app");
    assertThat(r.tag()).isEqualTo("v2");
  }

  @Test
  void digest_isParsed() {
    String d = "sha256:" + "a".repeat(64);
    ImageRef r = ImageRef.parse("registry:2@" + d);
    assertThat(r.digest()).isEqualTo(d);
    assertThat(r.tag()).isEqualTo("2");
  }

  @Test
  void uppercase_isRejected_withTheReason() {
    assertThatThrownBy(() -> ImageRef.parse("MyApp"))
        .isInstanceOf(LabException.class)
        .hasMessageContaining("lowercase");
  }

  @Test
  void emptyAndBadTags_areRejected() {
    assertThatThrownBy(() -> ImageRef.parse(" ")).isInstanceOf(LabException.class);
    assertThatThrownBy(() -> ImageRef.parse("busybox:")).hasMessageContaining("tag");
    assertThatThrownBy(() -> ImageRef.parse("localhost:5000/")).hasMessageContaining("missing");
  }

  @Test
  void localRegistries_areThoseOnThisMachine_includingIpv6() {
    assertThat(ImageRef.parse("localhost:5000/myapp").inLocalRegistry()).isTrue();
    assertThat(ImageRef.parse("127.0.0.1:5001/student/myapp").inLocalRegistry()).isTrue();
    assertThat(ImageRef.parse("[::1]:5000/myapp").inLocalRegistry()).isTrue();
    assertThat(ImageRef.parse("myapp").inLocalRegistry()).isFalse();
    assertThat(ImageRef.parse("registry.example.com:5000/myapp").inLocalRegistry()).isFalse();
  }

  @Test
  void repositoryPathsAndTags_followTheSameRulesAsParsing() {
    assertThat(ImageRef.isRepositoryPath("student/my-app")).isTrue();
    assertThat(ImageRef.isRepositoryPath("my__app")).isTrue();
    assertThat(ImageRef.isRepositoryPath("MyApp")).isFalse();
    assertThat(ImageRef.isRepositoryPath("myapp/")).isFalse();
    assertThat(ImageRef.isRepositoryPath("")).isFalse();
    assertThat(ImageRef.isTag("v1.0_rc-2")).isTrue();
    assertThat(ImageRef.isTag(".hidden")).isFalse();
    assertThat(ImageRef.isTag("x".repeat(129))).isFalse();
  }
}
