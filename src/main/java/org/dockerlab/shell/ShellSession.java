package org.dockerlab.shell;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.io.Colour;

/** The state of one lab shell: where it is, what it prints to, and the engine it talks to. */
public final class ShellSession {
  private final Path workspace;
  private final Path dockerConfig;
  private final Path shellHome;
  private final Supplier<DockerGateway> engine;
  private final OutputStream terminalBytes;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private final boolean debug;
  private final Colour colour;
  private Path cwd;
  private boolean trace;
  private boolean configNoteShown;

  /**
   * @param terminalBytes the raw standard output, for commands that write bytes to the screen
   * @param interactive true when a person types at a terminal (prompts, progress bars, masked input)
   * @param colour whether to colour what the shell prints (--color, NO_COLOR, a terminal)
   */
  public ShellSession(
      Path workspace,
      Path dockerConfig,
      Path shellHome,
      Supplier<DockerGateway> engine,
      OutputStream terminalBytes,
      PrintWriter out,
      PrintWriter err,
      boolean interactive,
      boolean debug,
      Colour colour) {
    this.colour = colour;
    this.workspace = workspace;
    this.dockerConfig = dockerConfig;
    this.shellHome = shellHome;
    this.engine = engine;
    this.terminalBytes = terminalBytes;
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.debug = debug;
    this.cwd = workspace;
  }

  public Path workspace() {
    return workspace;
  }

  public Path dockerConfig() {
    return dockerConfig;
  }

  public Path shellHome() {
    return shellHome;
  }

  /** The engine, connected on first use; throws a one-line LabException when there is none. */
  public DockerGateway engine() {
    return engine.get();
  }

  public OutputStream terminalBytes() {
    return terminalBytes;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public boolean interactive() {
    return interactive;
  }

  public boolean debug() {
    return debug;
  }

  public Colour colour() {
    return colour;
  }

  public Path cwd() {
    return cwd;
  }

  public void cd(Path dir) {
    this.cwd = dir.toAbsolutePath().normalize();
  }

  public boolean trace() {
    return trace;
  }

  public void trace(boolean on) {
    this.trace = on;
  }

  /** True the first time only: the note about the lab's ~/.docker is shown once per shell. */
  public boolean firstConfigNote() {
    boolean first = !configNoteShown;
    configNoteShown = true;
    return first;
  }

  /** The prompt's place: {@code workspace}, or the directory's name elsewhere. */
  public String place() {
    if (cwd.equals(workspace)) {
      return "workspace";
    }
    if (cwd.startsWith(workspace)) {
      return "workspace/" + workspace.relativize(cwd);
    }
    Path name = cwd.getFileName();
    return name == null ? "/" : name.toString();
  }
}
