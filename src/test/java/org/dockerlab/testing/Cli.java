package org.dockerlab.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dockerlab.cli.Commands;

/** Runs dockerlab in-process with its state under a test's directory, capturing what it prints. */
public final class Cli {
  private final Map<String, String> env;
  private final Path home;

  public Cli(Path stateDir) {
    this(stateDir, Map.of());
  }

  public Cli(Path stateDir, Map<String, String> extraEnv) {
    Map<String, String> e = new HashMap<>(System.getenv());
    e.remove("DOCKER_CONFIG");
    e.put("DOCKERLAB_HOME", stateDir.toString());
    e.putAll(extraEnv);
    this.env = e;
    this.home = stateDir.resolve("user-home");
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Commands.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env, home).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** What one run printed, and its exit status. */
  public record Result(int exitCode, String out, String err) {}
}
