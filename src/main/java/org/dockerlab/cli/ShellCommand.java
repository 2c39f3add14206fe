package org.dockerlab.cli;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.images.LabImage;
import org.dockerlab.images.LabImages;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.shell.LineRunner;
import org.dockerlab.shell.LessonFlow;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.ProgressStore;
import java.time.Clock;
import org.dockerlab.shell.ShellHome;
import org.dockerlab.shell.ShellSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dockerlab shell}: the lab shell. At a terminal it is an interactive JLine shell; with standard
 * input from a file or a pipe it runs the lines it reads and exits 0 only if every line succeeded.
 */
@Command(name = "shell", description = "Open the lab shell (the default when no command is given).")
final class ShellCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand DockerlabCommand root;

  @Option(names = "-c", paramLabel = "LINE", description = "Run one line, then exit with its status.")
  String command;

  @Override
  public Integer call() {
    LabContext lab = root.context();
    Path shellHome;
    try {
      shellHome = ShellHome.prepare(lab.home().shellHome(), lab.dockerConfig(), lab.home().workspace());
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot prepare the shell's home under " + lab.home().root() + ": " + e.getMessage(), e);
    }
    boolean interactive = command == null && System.console() != null;
    if (interactive) {
      return interactive(lab, shellHome);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (command == null) {
      readyTheEngine(lab, line -> err.println(line));
      err.flush();
    }
    OutputStream bytes = new FileOutputStream(FileDescriptor.out);
    ShellSession session = session(lab, shellHome, bytes, out, err, false);
    LineRunner runner = new LineRunner(session, null, flow(lab, session, err));
    if (command != null) {
      return runner.run(command).exitCode();
    }
    return ShellLoop.scripted(runner, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
  }

  /**
   * Checks the engine once at start and gets any missing lab image, so the lessons' commands work; a
   * missing engine is said in one line, and the shell opens anyway (the engine may come later).
   */
  private static void readyTheEngine(LabContext lab, Consumer<String> say) {
    try {
      DockerGateway engine = lab.gateway();
      engine.info();
      List<LabImage> missing = LabImages.all().stream().filter(i -> engine.inspectImage(i.reference()).isEmpty()).toList();
      if (!missing.isEmpty()) {
        say.accept("Getting the lab's images (" + missing.stream().map(LabImage::reference).collect(Collectors.joining(", ")) + ")...");
        new ImageProvisioner(engine, true, line -> {}).ensureAll(missing);
      }
    } catch (LabException e) {
      say.accept("dockerlab: " + e.getMessage());
    }
  }

  /**
   * At a terminal the prompt comes first (a second of engine round trips and lesson parsing must not
   * delay it): this runs once it is up, on a daemon thread, and prints above the prompt.
   */
  private static Consumer<Consumer<String>> warmUp(LabContext lab, LessonFlow flow) {
    return say -> {
      Thread t =
          new Thread(
              () -> {
                readyTheEngine(lab, say);
                try {
                  flow.lessons();
                } catch (LabException e) {
                  say.accept("dockerlab: " + e.getMessage());
                }
              },
              "dockerlab-warm-up");
      t.setDaemon(true);
      t.start();
    };
  }

  private int interactive(LabContext lab, Path shellHome) {
    // exec first: it is what JLine ends up with on Linux and macOS anyway, after trying (and loading) JNI
    // and JNA for 0.1 s; the others stay as fallbacks.
    try (Terminal terminal = TerminalBuilder.builder().system(true).name("dockerlab").providers("exec,ffm,jni,jansi,jna").build()) {
      PrintWriter out = terminal.writer();
      ShellSession session = session(lab, shellHome, terminal.output(), out, out, true);
      try (LessonFlow flow = flow(lab, session, out)) {
        return new ShellLoop(session, terminal, lab.home().historyFile(), flow).run(warmUp(lab, flow));
      }
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot open the terminal: " + e.getMessage(), e);
    }
  }

  private static LessonFlow flow(LabContext lab, ShellSession session, PrintWriter err) {
    ProgressStore store = new ProgressStore(lab.home().progressFile(), w -> err.println("dockerlab: " + w), Clock.systemUTC());
    return new LessonFlow(LessonLoader::bundled, store, session, lab.home().root());
  }

  private ShellSession session(LabContext lab, Path shellHome, OutputStream bytes, PrintWriter out, PrintWriter err, boolean interactive) {
    return new ShellSession(
        lab.home().workspace().equals(lab.workdir()) ? lab.home().workspace() : lab.workdir(),
        lab.dockerConfig(),
        shellHome,
        lab::engine,
        bytes,
        out,
        err,
        interactive,
        root.debug());
  }
}
