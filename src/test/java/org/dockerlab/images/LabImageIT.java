package org.dockerlab.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dockerlab.testing.DockerCliProcess;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab as an image (scripts/image): built offline from the release, it is the lab. The save lesson is
 * verified inside it against the host's engine, and a learner's scripted session in it is graded; the
 * files it writes in the bind-mounted lab directory belong to that directory's owner, not to root.
 */
@RequiresEngine
class LabImageIT {
  private static final int LEARNER_UID = 1000;
  private static String tag;

  @TempDir static Path scratch;

  @BeforeAll
  static void buildTheImage() throws Exception {
    Result built = run(Path.of("").toAbsolutePath(), null, 600, "scripts/image", "--no-build");
    assertThat(built.exit()).as(built.output()).isZero();
    List<String> lines = built.output().lines().toList();
    tag = lines.get(lines.size() - 1).trim();
    assertThat(tag).startsWith("dockerlab:");
  }

  @Test
  void theImageIsFromScratch_twoLayers_itsEntrypointAndVersion() throws Exception {
    Path config = scratch.resolve("config");
    Files.createDirectories(config);
    DockerCliProcess.Result layers = DockerCliProcess.run(scratch, config, "image", "inspect", "--format", "{{len .RootFS.Layers}} {{json .Config.Entrypoint}}", tag);
    assertThat(layers.output().trim()).isEqualTo("2 [\"/usr/local/bin/dockerlab-entrypoint\"]");
    DockerCliProcess.Result version = DockerCliProcess.run(scratch, config, "run", "--rm", tag, "version");
    assertThat(version.exitCode()).as(version.output()).isZero();
    assertThat(version.output()).startsWith("dockerlab " + tag.substring("dockerlab:".length()));
  }

  @Test
  void theSaveLessonRunsInTheImage_againstTheHostsEngine_asTheLabDirectorysOwner() throws Exception {
    Path lab = Files.createDirectories(scratch.resolve("lab"));
    Files.setAttribute(lab, "unix:uid", LEARNER_UID);
    Files.setAttribute(lab, "unix:gid", LEARNER_UID);
    Path config = Files.createDirectories(scratch.resolve("cli-config"));

    DockerCliProcess.Result verified = DockerCliProcess.run(scratch, config, labRun(lab, "verify-lessons", "save"));
    assertThat(verified.exitCode()).as(verified.output()).isZero();
    assertThat(verified.output()).contains("1 lessons, 3 steps verified, 0 problem(s)");

    String session = String.join("\n", "start save", "docker save busybox > busybox.tar", "next", "ls -sh busybox.tar", "next",
        "docker save --output busybox-o.tar busybox", "progress", "exit", "");
    Result shell = run(scratch, session, 180, labRun(lab, "shell"));
    assertThat(shell.exit()).as(shell.output()).isZero();
    assertThat(shell.output()).contains("Step 3/3 complete");
    Path saved = lab.resolve("workspace").resolve("busybox.tar");
    assertThat(saved).isRegularFile();
    assertThat(Files.getAttribute(saved, "unix:uid")).as("owner of busybox.tar").isEqualTo(LEARNER_UID);

    DockerCliProcess.Result graded = DockerCliProcess.run(scratch, config, labRun(lab, "grade", "--lesson", "save"));
    assertThat(graded.exitCode()).as(graded.output()).isZero();
  }

  /** docker run of the lab image as the README has it, with the lab directory at the same path inside and out. */
  private static String[] labRun(Path lab, String... args) {
    List<String> command = new ArrayList<>(List.of("run", "-i", "--rm", "--network", "host", "-v", "/var/run/docker.sock:/var/run/docker.sock",
        "-v", lab + ":" + lab, "-e", "DOCKERLAB_HOME=" + lab, tag));
    command.addAll(List.of(args));
    return command.toArray(String[]::new);
  }

  private static Result run(Path dir, String input, int seconds, String... command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(List.of(command));
    if (!full.get(0).startsWith("scripts/")) {
      full.add(0, "docker");
    }
    ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("DOCKER_CONFIG", scratch.resolve("cli-config").toString());
    Process p = pb.start();
    if (input != null) {
      p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", full) + " took more than " + seconds + " s");
    }
    return new Result(p.exitValue(), out);
  }

  private record Result(int exit, String output) {}
}
