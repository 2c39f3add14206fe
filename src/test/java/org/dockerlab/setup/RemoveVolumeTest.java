package org.dockerlab.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** remove-volume: only the lab's own volumes go; anyone else's is left, said in one line. */
class RemoveVolumeTest {
  private static final String REGISTRY = "sha256:7311c62a816f31e7d2d2a0ba9e8b1c9f1e4b9a0c7e41a8b1e0a7f2d61c6d2b11";

  @TempDir Path dir;
  private final FakeGateway engine = new FakeGateway().withImage(REGISTRY, "registry:2");
  private final List<String> report = new ArrayList<>();

  private void apply(String name) {
    new SetupRunner(engine, null, new LabDirs(dir.resolve("ws"), dir.resolve("cfg"), dir.resolve("state")), report::add).run(new RemoveVolume(name));
  }

  private void docker(String... args) {
    new DockerRunner(engine, dir, dir.resolve("config"), null).run(args);
  }

  @Test
  void aVolumeTheLabShellCreated_isRemoved() {
    docker("volume", "create", "registry-data");

    apply("registry-data");

    assertThat(engine.inspectVolume("registry-data")).isEmpty();
    assertThat(report).containsExactly("volume registry-data: removed");
  }

  @Test
  void aVolumeDockerRunNeeded_isTheLabsToo() {
    docker("run", "-d", "--name", "registry", "-v", "registry-data:/var/lib/registry", "registry:2");
    docker("rm", "-f", "registry");

    apply("registry-data");

    assertThat(engine.inspectVolume("registry-data")).isEmpty();
  }

  @Test
  void someoneElsesVolume_isLeftAsItIs_inOneLine() {
    engine.withVolume("registry-data", Map.of("owner", "ops"));

    apply("registry-data");

    assertThat(engine.inspectVolume("registry-data")).isPresent();
    assertThat(report).containsExactly("volume registry-data: not created by the lab, left as it is (docker volume rm registry-data removes it)");
  }

  @Test
  void noVolume_isNothingToDo_andOneStillInUse_staysSaidSo() {
    apply("registry-data");
    engine.withVolume("shared", Map.of(LabLabels.CREATED_BY, LabLabels.BY_SHELL));
    engine.createContainer(new org.dockerlab.docker.ContainerSpec("theirs", "registry:2", List.of(), Map.of(),
        List.of(new org.dockerlab.docker.ContainerSpec.Mount("shared", "/data", false)), Map.of()));

    apply("shared");

    assertThat(engine.inspectVolume("shared")).isPresent();
    assertThat(report.get(0)).isEqualTo("volume registry-data: none, nothing to remove");
    assertThat(report.get(1)).startsWith("volume shared: still used by a container, left as it is");
  }

  @Test
  void aBadName_isRefusedNamingTheField() {
    assertThatThrownBy(() -> new RemoveVolume("/var/lib/registry")).hasMessageStartingWith("name: '/var/lib/registry' is not a valid volume name");
  }
}
