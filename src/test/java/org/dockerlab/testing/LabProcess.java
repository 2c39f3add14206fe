package org.dockerlab.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built jar as a learner's process would run, with its state under a test directory. */
public final class LabProcess {
  private final Path stateDir;
  private final Map<String, String> extraEnv;

  public LabProcess(Path stateDir) {
    this(stateDir, Map.of());
  }

  public LabProcess(Path stateDir, Map<String, String> extraEnv) {
    this.stateDir = stateDir;
    this.extraEnv = extraEnv;
  }

  /** The jar that {@code mvn package} built; failsafe passes its path. */
  public static Path jar() {
    Path jar = Path.of(System.getProperty("dockerlab.jar", "target/dockerlab.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the jar is not built: " + jar + " (run mvn package)");
    }
    return jar.toAbsolutePath();
  }

  /** The command line that starts the lab, for tmux and subprocesses. */
  public List<String> command(String... args) {
    List<String> cmd = new ArrayList<>(List.of("java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  public Map<String, String> environment() {
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    env.remove("DOCKER_CONFIG");
    env.put("DOCKERLAB_HOME", stateDir.toString());
    env.putAll(extraEnv);
    return env;
  }

  /** Runs with the given standard input, waiting at most the timeout. */
  public Result run(String stdin, long timeoutSeconds, String... args) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command(args));
    pb.environment().clear();
    pb.environment().putAll(environment());
    Path out = Files.createTempFile(stateDir, "out", ".txt");
    Path err = Files.createTempFile(stateDir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("dockerlab did not finish within " + timeoutSeconds + " s; output so far:\n" + Files.readString(out) + Files.readString(err));
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** What the process printed and how it ended. */
  public record Result(int exitCode, String out, String err) {
    public String all() {
      return out + err;
    }
  }
}
