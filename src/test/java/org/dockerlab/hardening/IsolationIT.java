package org.dockerlab.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.Specs;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/**
 * A container, an image tag, a volume and a ~/.docker/config.json the lab did not make are exactly as
 * they were after the lab verified lessons, prepared its images and reset lessons in the shell.
 */
@RequiresEngine
class IsolationIT {
  private static final String CONTAINER = "dlt-hard-iso-container";
  private static final String IMAGE = "dlt-hard-iso-image:1";
  private static final String VOLUME = "dlt-hard-iso-volume";
  private static final Map<String, String> LABELS = Map.of("org.dockerlab.test", "dlt-hard", "owner", "not-the-lab");
  private static final String CONFIG = "{\n  \"auths\": {\n    \"registry.example.com\": {\"auth\": \"bm90OmxhYg==\"}\n  },\n  \"credsStore\": \"\"\n}\n";

  @TempDir Path state;
  private DockerGateway engine;
  /** docker-java itself, for what the lab has no reason to do (volumes) and the engine's full answers. */
  private final DockerClient raw = DockerClientFactory.instance().client();
  private Path fakeHome;

  @BeforeEach
  void resourcesTheLabDidNotMake() throws Exception {
    engine = TestEngine.connect(state.resolve("test-docker-config"));
    engine.tag("busybox:latest", IMAGE);
    raw.createVolumeCmd().withName(VOLUME).withLabels(LABELS).exec();
    engine.runContainer(Specs.container(CONTAINER, "busybox:latest", LABELS, "sleep", "3600"));
    fakeHome = Files.createDirectories(state.resolve("dlt-hard-home"));
    Path config = Files.createDirectories(fakeHome.resolve(".docker")).resolve("config.json");
    Files.writeString(config, CONFIG);
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r-----"));
  }

  @AfterEach
  void removeThem() {
    engine.removeContainer(CONTAINER, true, false);
    raw.removeVolumeCmd(VOLUME).exec();
    engine.removeImage(IMAGE, false);
    engine.close();
  }

  @Test
  void lessonsAndImagesPrepare_leaveOthersResourcesExactlyAsTheyWere() throws Exception {
    Map<String, String> before = snapshot();

    Path labState = state.resolve("lab");
    Files.writeString(state.resolve("reset.txt"), "");
    assertThat(lab(labState, "verify-lessons", "save", "save-compressed", "load")).contains("3 lessons, 8 steps verified, 0 problem(s)");
    assertThat(lab(labState, "images", "prepare")).contains("busybox:latest");
    Files.writeString(state.resolve("reset.txt"), "start save\nreset lesson\nstart load\nreset lesson\n");
    assertThat(lab(labState, "shell")).contains("Putting the lab back");

    Map<String, String> after = snapshot();
    assertThat(after).isEqualTo(before);
    assertThat(before).hasSize(16);
  }

  /** Runs the jar with HOME and user.home in the fake home, as a learner's own account would be. */
  private String lab(Path labState, String... args) throws Exception {
    LabProcess lab = new LabProcess(labState, Map.of("HOME", fakeHome.toString()));
    List<String> command = new ArrayList<>(lab.command(args));
    command.add(1, "-Duser.home=" + fakeHome);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(state.resolve("reset.txt").toFile()).redirectOutput(state.resolve("lab-output.txt").toFile());
    pb.environment().clear();
    pb.environment().putAll(lab.environment());
    Process p = pb.start();
    if (!p.waitFor(600, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("dockerlab " + String.join(" ", args) + " did not finish in 600 s");
    }
    String output = Files.readString(state.resolve("lab-output.txt"));
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }

  /** What must not change: IDs, labels, state, and the config file's bytes, mode and time. */
  private Map<String, String> snapshot() throws Exception {
    Map<String, String> s = new TreeMap<>();
    InspectContainerResponse c = raw.inspectContainerCmd(CONTAINER).exec();
    s.put("container.id", c.getId());
    s.put("container.image", c.getImageId());
    s.put("container.labels", String.valueOf(new TreeMap<>(c.getConfig().getLabels())));
    s.put("container.status", c.getState().getStatus());
    s.put("container.startedAt", c.getState().getStartedAt());
    InspectImageResponse i = raw.inspectImageCmd(IMAGE).exec();
    s.put("image.id", i.getId());
    s.put("image.tagged", String.valueOf(i.getRepoTags().contains(IMAGE)));
    s.put("image.labels", String.valueOf(i.getConfig().getLabels() == null ? null : new TreeMap<>(i.getConfig().getLabels())));
    InspectVolumeResponse v = raw.inspectVolumeCmd(VOLUME).exec();
    s.put("volume.name", v.getName());
    s.put("volume.labels", String.valueOf(new TreeMap<>(v.getLabels())));
    s.put("volume.mountpoint", v.getMountpoint());
    s.put("volume.driver", v.getDriver());
    Path config = fakeHome.resolve(".docker/config.json");
    s.put("config.sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(config))));
    s.put("config.mode", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
    s.put("config.modified", Files.getLastModifiedTime(config).toString());
    try (var files = Files.list(fakeHome.resolve(".docker"))) {
      s.put("config.dir", files.map(p -> p.getFileName().toString()).sorted().toList().toString());
    }
    assertThat(new String(Files.readAllBytes(config), StandardCharsets.UTF_8)).isEqualTo(CONFIG);
    return s;
  }
}
