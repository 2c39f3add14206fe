package org.dockerlab.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dockerlab.docker.EngineLocator;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.Colour;
import org.dockerlab.state.LabHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code dockerlab}: with no subcommand, opens the lab shell. Its subcommands: {@link Commands#SUBCOMMANDS}. */
@Command(
    name = "dockerlab",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = LabVersionCommand.Provider.class,
    // the subcommands are added by Commands.commandLine (only the one asked for, when one is); help is as
    // wide as the terminal, set when the command runs (Commands.execute), not here
    description = "A hands-on lab for learning how Docker images are distributed.")
public final class DockerlabCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces; log to logs/debug.log under the state directory.")
  private boolean debug;

  @Option(names = "--workdir", scope = ScopeType.INHERIT, paramLabel = "DIR", description = "The learner's working directory (default: workspace/ under the state directory).")
  private Path workdir;

  @Option(names = "--docker-config", scope = ScopeType.INHERIT, paramLabel = "DIR", description = "The docker config directory to use instead of the lab's own (default: DOCKER_CONFIG if set, else the lab's).")
  private Path dockerConfig;

  @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN", defaultValue = "auto", description = "Colour: auto (at a terminal, unless NO_COLOR is set), always or never (default: ${DEFAULT-VALUE}).")
  private Colour.Mode color = Colour.Mode.AUTO;

  @Option(names = {"-H", "--host"}, scope = ScopeType.INHERIT, paramLabel = "ADDRESS", description = "The Docker engine to use, as docker's --host (default: DOCKER_HOST, else the docker context).")
  private String host;

  @Option(names = "--context", scope = ScopeType.INHERIT, paramLabel = "NAME", description = "The docker context to use, as docker's --context (default: DOCKER_CONTEXT, else docker's current context).")
  private String dockerContext;

  private final Map<String, String> env;
  private final Path userHome;
  private LabContext context;

  DockerlabCommand(Map<String, String> env, Path userHome) {
    this.env = Map.copyOf(env);
    this.userHome = userHome;
  }

  public boolean debug() {
    return debug;
  }

  /** The shared state of this run, made on first use. */
  public synchronized LabContext context() {
    if (context == null) {
      LabHome home = LabHome.resolve(env, userHome).create();
      if (debug) {
        LogSetup.debugToFile(home.logs());
      }
      Path config = dockerConfig;
      if (config == null && env.get("DOCKER_CONFIG") != null && !env.get("DOCKER_CONFIG").isBlank()) {
        config = Path.of(env.get("DOCKER_CONFIG"));
      }
      if (config == null) {
        config = home.dockerConfig();
      }
      Path dir = workdir == null ? home.workspace() : workdir;
      context = new LabContext(home, dir.toAbsolutePath().normalize(), config.toAbsolutePath().normalize(), locator());
    }
    return context;
  }

  /** Finds the engine as the docker CLI would, with this run's --host and --context. */
  EngineLocator locator() {
    if (host != null && dockerContext != null) {
      throw new LabException(ExitCode.BAD_INPUT, "conflicting options: give either --host or --context, not both");
    }
    return EngineLocator.fromEnvironment(env, userHome).withFlags(host, dockerContext);
  }

  /** Whether to colour output that goes to a terminal ({@code terminal} true) or elsewhere. */
  public Colour colour(boolean terminal) {
    return Colour.decide(color, env, terminal);
  }

  /** The environment this run sees (the process's, or a test's). */
  public Map<String, String> env() {
    return env;
  }

  @Override
  public Integer call() {
    return ((ShellCommand) spec.subcommands().get("shell").getCommand()).call();
  }
}
