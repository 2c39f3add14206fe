package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ContainerDetails;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.DockerRunner.Result;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker volume and the volume forms of docker run, against an engine in memory. */
class VolumeCommandTest {
  private static final String REGISTRY = "sha256:7311c62a816f31e7d2d2a0ba9e8b1c9f1e4b9a0c7e41a8b1e0a7f2d61c6d2b11";

  @TempDir Path dir;
  private final FakeGateway engine = new FakeGateway().withImage(REGISTRY, "registry:2");

  private Result docker(String... args) {
    return new DockerRunner(engine, dir, dir.resolve("config"), null).run(args);
  }

  @Test
  void create_printsTheName_andLabelsTheVolumeAsTheLabs() {
    Result r = docker("volume", "create", "--label", "team=a", "registry-data");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("registry-data\n");
    assertThat(engine.inspectVolume("registry-data").orElseThrow().path("Labels").path(LabLabels.CREATED_BY).asText()).isEqualTo(LabLabels.BY_SHELL);
    assertThat(engine.inspectVolume("registry-data").orElseThrow().path("Labels").path("team").asText()).isEqualTo("a");
  }

  @Test
  void create_withoutAName_printsTheOneTheEngineMadeUp() {
    Result r = docker("volume", "create");

    assertThat(r.out()).matches("[0-9a-f]{64}\n");
  }

  @Test
  void create_aBadName_isTheEnginesError() {
    Result r = docker("volume", "create", "bad name");

    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(r.err()).startsWith("Error response from daemon: create bad name: \"bad name\" includes invalid characters");
  }

  @Test
  void ls_isTheClisTable_inNaturalOrder_andQuietPrintsNames() {
    engine.withVolume("data10", Map.of()).withVolume("data2", Map.of("x", "1")).withVolume("a", Map.of());

    assertThat(docker("volume", "ls").out()).isEqualTo("DRIVER    VOLUME NAME\nlocal     a\nlocal     data2\nlocal     data10\n");
    assertThat(docker("volume", "ls", "-q", "--filter", "name=data").out()).isEqualTo("data2\ndata10\n");
    assertThat(docker("volume", "list", "-f", "label=x=1", "--format", "{{.Name}} {{.Labels}} {{.Links}}").out()).isEqualTo("data2 x=1 N/A\n");
    assertThat(docker("volume", "ls", "--filter", "name=data1", "--format", "table {{.Name}}\\t{{.Driver}}").out())
        .isEqualTo("VOLUME NAME   DRIVER\ndata10        local\n");
    assertThat(docker("volume", "ls", "-q", "--format", "json", "--filter", "name=data2").out()).isEqualTo("data2\n");
    assertThat(docker("volume", "ls", "--format", "json", "--filter", "name=data2").out()).isEqualTo(
        "{\"Availability\":\"N/A\",\"Driver\":\"local\",\"Group\":\"N/A\",\"Labels\":\"x=1\",\"Links\":\"N/A\","
            + "\"Mountpoint\":\"/var/lib/docker/volumes/data2/_data\",\"Name\":\"data2\",\"Scope\":\"local\",\"Size\":\"N/A\",\"Status\":\"N/A\"}\n");
  }

  @Test
  void ls_dangling_listsOnlyVolumesNoContainerUses() {
    docker("run", "-d", "--name", "registry", "-v", "used:/var/lib/registry", "registry:2");
    engine.withVolume("free", Map.of());

    assertThat(docker("volume", "ls", "-q", "--filter", "dangling=true").out()).isEqualTo("free\n");
  }

  @Test
  void inspect_isTheEnginesJson_indented_andAMissingOneFailsAfterTheOthers() {
    engine.withVolume("registry-data", Map.of());

    Result r = docker("volume", "inspect", "registry-data", "nope");

    assertThat(r.out()).isEqualTo("""
        [
            {
                "CreatedAt": "2026-12-03T06:28:07Z",
                "Driver": "local",
                "Labels": null,
                "Mountpoint": "/var/lib/docker/volumes/registry-data/_data",
                "Name": "registry-data",
                "Options": null,
                "Scope": "local"
            }
        ]
        """);
    assertThat(r.err()).isEqualTo("Error response from daemon: get nope: no such volume\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(docker("volume", "inspect", "-f", "{{.Name}} {{.Mountpoint}}", "registry-data").out())
        .isEqualTo("registry-data /var/lib/docker/volumes/registry-data/_data\n");
  }

  @Test
  void rm_printsEachName_goesOnPastAFailure_andForceIgnoresMissingOnes() {
    engine.withVolume("a", Map.of()).withVolume("b", Map.of());

    Result r = docker("volume", "rm", "a", "nope", "b");

    assertThat(r.out()).isEqualTo("a\nb\n");
    assertThat(r.err()).isEqualTo("Error response from daemon: get nope: no such volume\n");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(docker("volume", "rm", "-f", "nope").out()).isEqualTo("nope\n");
  }

  @Test
  void rm_ofAVolumeInUse_isRefused() {
    docker("run", "-d", "--name", "registry", "-v", "registry-data:/var/lib/registry", "registry:2");

    Result r = docker("volume", "rm", "registry-data");

    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(r.err()).startsWith("Error response from daemon: remove registry-data: volume is in use");
    assertThat(engine.inspectVolume("registry-data")).isPresent();
  }

  @Test
  void prune_onApi141_warnsOfEveryVolume_andRefusesAll() {
    engine.withVolume("named", Map.of());

    Result all = docker("volume", "prune", "-a", "-f");
    assertThat(all.err()).isEqualTo("\"--all\" requires API version 1.42, but the Docker daemon API version is 1.41\n");
    assertThat(all.exitCode()).isEqualTo(ExitCode.FAILED);

    Result asked = new DockerRunner(engine, dir, dir.resolve("config"), null).runWithStdin("n\n", "volume", "prune");
    assertThat(asked.out()).isEqualTo("WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ");
    assertThat(engine.inspectVolume("named")).isPresent();

    assertThat(docker("volume", "prune", "-f").out()).isEqualTo("Deleted Volumes:\nnamed\n\nTotal reclaimed space: 1.024kB\n");
  }

  @Test
  void prune_onApi142_removesOnlyAnonymousVolumes_unlessAll() {
    engine.apiVersion("1.43").withVolume("named", Map.of());
    docker("run", "-d", "--name", "gone", "-v", "/var/lib/registry", "registry:2");
    String anonymous = engine.inspectContainer("gone").orElseThrow().mounts().get(0).name();
    docker("rm", "-f", "gone");
    assertThat(engine.inspectVolume(anonymous)).as("docker rm without -v keeps the anonymous volume").isPresent();

    assertThat(docker("volume", "prune", "-f").out()).isEqualTo("Deleted Volumes:\n" + anonymous + "\n\nTotal reclaimed space: 1.024kB\n");
    assertThat(engine.inspectVolume("named")).isPresent();
    assertThat(docker("volume", "prune", "-a", "-f").out()).isEqualTo("Deleted Volumes:\nnamed\n\nTotal reclaimed space: 1.024kB\n");
    assertThat(docker("volume", "prune", "-f").out()).isEqualTo("Total reclaimed space: 0B\n");
  }

  @Test
  void run_withANamedVolume_createsItLabelledAsTheLabs_butLeavesAnExistingOneAlone() {
    engine.withVolume("theirs", Map.of());

    Result r = docker("run", "-d", "--name", "registry", "-v", "registry-data:/var/lib/registry", "-v", "theirs:/data", "registry:2");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(engine.inspectVolume("registry-data").orElseThrow().path("Labels").path(LabLabels.CREATED_BY).asText()).isEqualTo(LabLabels.BY_SHELL);
    assertThat(engine.inspectVolume("theirs").orElseThrow().path("Labels").isNull()).isTrue();
    assertThat(engine.inspectContainer("registry").orElseThrow().mounts())
        .extracting(ContainerDetails.MountPoint::name, ContainerDetails.MountPoint::destination)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("registry-data", "/var/lib/registry"), org.assertj.core.groups.Tuple.tuple("theirs", "/data"));
  }

  @Test
  void run_whoseContainerCannotBeCreated_leavesNoVolumeBehind() {
    docker("run", "-d", "--name", "registry", "registry:2");

    Result r = docker("run", "-d", "--name", "registry", "-v", "registry-data:/var/lib/registry", "registry:2");

    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(engine.inspectVolume("registry-data")).isEmpty();
  }

  @Test
  void run_mount_isTheLongFormOfV() throws Exception {
    Files.createDirectories(dir.resolve("site"));

    Result first = docker("run", "-d", "--name", "ra", "--mount", "type=volume,source=registry-data,target=/var/lib/registry", "registry:2");
    assertThat(first.exitCode()).as(first.err()).isZero();
    docker("run", "-d", "--name", "rb", "--mount", "src=registry-data,dst=/var/lib/registry,readonly", "registry:2");
    docker("run", "-d", "--name", "rc", "--mount", "type=bind,source=./site,target=/www", "registry:2");
    docker("run", "-d", "--name", "rd", "--mount", "type=volume,target=/var/lib/registry", "registry:2");

    List<ContainerSpec> created = engine.created();
    assertThat(created.get(0).mounts()).containsExactly(new ContainerSpec.Mount("registry-data", "/var/lib/registry", false));
    assertThat(created.get(1).mounts()).containsExactly(new ContainerSpec.Mount("registry-data", "/var/lib/registry", true));
    assertThat(created.get(2).mounts()).containsExactly(new ContainerSpec.Mount(dir.resolve("site").toString(), "/www", false));
    assertThat(created.get(3).mounts()).containsExactly(ContainerSpec.Mount.anonymous("/var/lib/registry", false));
    assertThat(engine.inspectContainer("rd").orElseThrow().mounts().get(0).anonymous()).isTrue();
  }

  @Test
  void run_mount_mistakes_areTheClisAndTheEnginesWords() {
    assertThat(docker("run", "-d", "--mount", "type=volume,source=x", "registry:2").err())
        .isEqualTo("invalid argument \"type=volume,source=x\" for \"--mount\" flag: target is required\n");
    assertThat(docker("run", "-d", "--mount", "source=x,target=y", "registry:2").err())
        .isEqualTo("Error response from daemon: invalid mount config for type \"volume\": invalid mount path: 'y' mount path must be absolute\n");
    assertThat(docker("run", "-d", "--mount", "type=bind,source=./nope,target=/y", "registry:2").err())
        .isEqualTo("Error response from daemon: invalid mount config for type \"bind\": bind source path does not exist: " + dir.resolve("nope") + "\n");
    assertThat(docker("run", "-d", "--mount", "type=volume,source=x,target=/y,bogus=1", "registry:2").err())
        .isEqualTo("invalid argument \"type=volume,source=x,target=/y,bogus=1\" for \"--mount\" flag: unexpected key 'bogus' in 'bogus=1'\n");
    assertThat(engine.created()).isEmpty();
  }

  @Test
  void run_v_withATargetAlone_isAnAnonymousVolume() {
    docker("run", "-d", "--name", "registry", "-v", "/var/lib/registry", "registry:2");

    assertThat(engine.created().get(0).mounts()).containsExactly(ContainerSpec.Mount.anonymous("/var/lib/registry", false));
  }
}
