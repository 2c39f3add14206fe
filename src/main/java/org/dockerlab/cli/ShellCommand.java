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
import java.util.concurrent.CompletableFuture;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.io.Futures;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.shell.LineRunner;
import org.dockerlab.shell.ShellSession;
import org.dockerlab.tutor.LessonTutor;
import org.dockerlab.tutor.commands.LessonCommands;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dockerlab shell}: the lab shell. At a terminal it is an interactive JLine shell; with standard
 * input from a file or a pipe it runs the lines it reads and exits 0 only if every line succeeded.
 */
@Command(name = "shell", description = "Open the lab shell (the default when no command is given).")
final class ShellCommand extends LabSubcommand {
  @Option(names = "-c", paramLabel = "LINE", description = "Run one line, then exit with its status.")
  String command;

  @Mixin LearnerOption learner;

  @Override
  public Integer call() {
    LabContext lab = lab();
    Path shellHome = ShellStart.shellHome(lab);
    boolean interactive = command == null && System.console() != null;
    if (interactive) {
      // progress.json (Jackson's first use, 0.1 s) is read while the terminal is set up, on the other core
      CompletableFuture<Void> identified = CompletableFuture.runAsync(() -> learner.identify(root, ShellStart.store(lab, err())));
      return interactive(lab, shellHome, identified);
    }
    learner.identify(root, ShellStart.store(lab, err()));
    PrintWriter out = out();
    PrintWriter err = err();
    if (command == null) {
      ShellStart.readyTheEngine(lab, err::println);
      err.flush();
    }
    OutputStream bytes = new FileOutputStream(FileDescriptor.out);
    ShellSession session = ShellStart.session(lab, shellHome, bytes, out, err, false, root.debug(), root.colour(false));
    try (LessonTutor tutor = tutor(lab, session, err)) {
      LineRunner runner = new LineRunner(session, null, new LessonCommands(tutor, null, false));
      if (command != null) {
        return runner.run(command).exitCode();
      }
      return ShellLoop.scripted(runner, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }
  }

  private int interactive(LabContext lab, Path shellHome, CompletableFuture<Void> identified) {
    try (Terminal terminal = Terminals.system()) {
      PrintWriter out = terminal.writer();
      ShellSession session = ShellStart.session(lab, shellHome, terminal.output(), out, out, true, root.debug(), root.colour(true));
      Futures.join(identified); // the learner's name: a bad one fails here as bad input, as it would have before
      try (LessonTutor tutor = tutor(lab, session, out)) {
        return new ShellLoop(session, terminal, lab.home().historyFile(), prompter -> new LessonCommands(tutor, prompter, true, session.colour()), true)
            .run(ShellStart.warmUp(lab, tutor::lessons));
      }
    } catch (IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "cannot open the terminal: " + e.getMessage(), e);
    }
  }

  private static LessonTutor tutor(LabContext lab, ShellSession session, PrintWriter err) {
    return new LessonTutor(LessonLoader::bundled, LessonLoader::bundledExams, ShellStart.store(lab, err), ShellStart.workbench(lab, session));
  }
}
