package org.dockerlab.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real docker CLI in a process of its own: "another terminal" beside the lab, the reference client
 * whose work the lab's checks must see as they see the shell's.
 */
public final class DockerCliProcess {
  private DockerCliProcess() {}

  /** Runs {@code docker ARGS} in {@code dir} with its own docker config; returns the exit status and output. */
  public static Result run(Path dir, Path dockerConfig, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("DOCKER_CONFIG", dockerConfig.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("docker " + String.join(" ", args) + " took more than 120 s");
    }
    return new Result(p.exitValue(), out);
  }

  /** What the CLI printed (both streams) and its exit status. */
  public record Result(int exitCode, String output) {}
}
