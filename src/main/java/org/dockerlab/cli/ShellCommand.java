package org.dockerlab.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.shell.GuidedCommands;
import org.dockerlab.shell.LessonFlow;
import org.dockerlab.shell.LineRunner;
import org.dockerlab.shell.ShellSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin LearnerOption learner;

  @Override
  public Integer call() {
    LabContext lab = root.context();
    learner.identify(root, ShellStart.store(lab, spec.commandLine().getErr()));
    Path shellHome = ShellStart.shellHome(lab);
    boolean interactive = command == null && System.console() != null;
    if (interactive) {
      return interactive(lab, shellHome);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (command == null) {
      ShellStart.readyTheEngine(lab, err::println);
      err.flush();
    }
    OutputStream bytes = new FileOutputStream(FileDescriptor.out);
    ShellSession session = ShellStart.session(lab, shellHome, bytes, out, err, false, root.debug());
    LineRunner runner = new LineRunner(session, null, flow(lab, session, err));
    if (command != null) {
      return runner.run(command).exitCode();
    }
    return ShellLoop.scripted(runner, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
  }

  private int interactive(LabContext lab, Path shellHome) {
    // exec first: it is what JLine ends up with on Linux and macOS anyway, after trying (and loading) JNI
    // and JNA for 0.1 s; the others stay as fallbacks.
    try (Terminal terminal = TerminalBuilder.builder().system(true).name("dockerlab").providers("exec,ffm,jni,jansi,jna").build()) {
      PrintWriter out = terminal.writer();
      ShellSession session = ShellStart.session(lab, shellHome, terminal.output(), out, out, true, root.debug());
      try (LessonFlow flow = flow(lab, session, out)) {
        return new ShellLoop(session, terminal, lab.home().historyFile(), prompter -> GuidedCommands.of(flow, session, prompter), true)
            .run(ShellStart.warmUp(lab, flow::lessons));
      }
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot open the terminal: " + e.getMessage(), e);
    }
  }

  private static LessonFlow flow(LabContext lab, ShellSession session, PrintWriter err) {
    return new LessonFlow(LessonLoader::bundled, ShellStart.store(lab, err), session, lab.home().root());
  }
}
