package org.dockerlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dockerlab.docker.commands.DockerCli;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.io.Prompter;
import org.dockerlab.shell.Guide;
import org.dockerlab.shell.JLinePrompter;
import org.dockerlab.shell.LabCompleter;
import org.dockerlab.shell.LabHighlighter;
import org.dockerlab.shell.LabLineParser;
import org.dockerlab.shell.LineRunner;
import org.dockerlab.shell.MaskingHistory;
import org.dockerlab.shell.ShellSession;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine;

/** The read-run loop of the interactive shell, on JLine. */
final class ShellLoop {
  private final ShellSession session;
  private final Terminal terminal;
  private final Path historyFile;
  private final Function<Prompter, Guide> guides;
  private final boolean welcome;
  private final boolean colour;

  private static final List<String> NO_STYLE =
      List.of(
          LineReader.COMPLETION_STYLE_STARTING,
          LineReader.COMPLETION_STYLE_DESCRIPTION,
          LineReader.COMPLETION_STYLE_GROUP,
          LineReader.COMPLETION_STYLE_SELECTION,
          LineReader.COMPLETION_STYLE_BACKGROUND,
          LineReader.COMPLETION_STYLE_LIST_STARTING,
          LineReader.COMPLETION_STYLE_LIST_DESCRIPTION,
          LineReader.COMPLETION_STYLE_LIST_GROUP,
          LineReader.COMPLETION_STYLE_LIST_SELECTION,
          LineReader.COMPLETION_STYLE_LIST_BACKGROUND);

  /**
   * @param guides makes the lessons' or an exam's commands, given the prompter that asks at this terminal
   * @param welcome whether to greet first (an exam prints its own introduction)
   */
  ShellLoop(ShellSession session, Terminal terminal, Path historyFile, Function<Prompter, Guide> guides, boolean welcome) {
    this.session = session;
    this.terminal = terminal;
    this.historyFile = historyFile;
    this.guides = guides;
    this.welcome = welcome;
    this.colour = session.colour().enabled();
  }

  /** @param afterPrompt started once the first prompt is on the screen, given where to print notices */
  int run(Consumer<Consumer<String>> afterPrompt) {
    // The docker commands' model (for completion and colours) is built after the prompt, not before it.
    CompletableFuture<CommandLine> dockerModel = new CompletableFuture<>();
    // the completer needs the runner's commands, which need the guide, which needs the reader's prompter
    AtomicReference<LineRunner> lines = new AtomicReference<>();
    Supplier<Completer> completer = once(() -> new LabCompleter(dockerModel.join(), lines.get().commands().model(), session::engine, session::cwd, session::shellHome));
    Supplier<Highlighter> highlighter = once(() -> new LabHighlighter(dockerModel.join().getSubcommands().keySet(), lines.get().commands().names()));
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("dockerlab")
            .history(new MaskingHistory())
            .variable(LineReader.HISTORY_FILE, historyFile)
            .variable(LineReader.HISTORY_SIZE, 2000)
            .completer((r, line, candidates) -> completer.get().complete(r, line, candidates))
            .highlighter((r, buffer) -> buffer.isEmpty() || !colour ? new AttributedString(buffer) : highlighter.get().highlight(r, buffer))
            .parser(new LabLineParser(() -> lines.get() == null ? Set.of() : lines.get().commands().textNames()))
            .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.AUTO_FRESH_LINE, false) // its "~" mark looks like part of the output: see FreshLine
            .build();
    if (!colour) { // JLine's own colours: the completion list and the selected candidate
      for (String style : NO_STYLE) {
        reader.setVariable(style, "");
      }
    }
    Prompter prompter = new JLinePrompter(reader);
    Guide guide = guides.apply(prompter);
    LineRunner runner = new LineRunner(session, prompter, guide);
    lines.set(runner);
    if (welcome) {
      welcome();
      guide.greeting().ifPresent(session.out()::println);
    }
    // Everything else waits until the first prompt is on the screen: on two busy cores, threads started
    // beside it (the docker client, the commands' models) delayed it by a third.
    AtomicBoolean started = new AtomicBoolean();
    reader.getWidgets().put(LineReader.CALLBACK_INIT, () -> {
      if (started.compareAndSet(false, true)) {
        Thread later = new Thread(() -> afterFirstPrompt(reader, dockerModel, runner, afterPrompt), "dockerlab-after-prompt");
        later.setDaemon(true);
        later.start();
      }
      return true;
    });
    while (!runner.exitRequested()) {
      String line;
      try {
        FreshLine.print(terminal);
        line = reader.readLine(prompt(guide.promptPart()));
      } catch (UserInterruptException e) {
        continue; // Ctrl-C at the prompt clears the line
      } catch (EndOfFileException e) {
        break; // Ctrl-D
      }
      Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> runner.cancel());
      try {
        runner.run(line);
      } finally {
        terminal.handle(Terminal.Signal.INT, previous);
      }
    }
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      session.err().println("dockerlab: could not save the history: " + e.getMessage());
    }
    if (welcome) {
      session.out().println("bye");
    }
    session.out().flush();
    return ExitCode.OK;
  }

  /**
   * Runs once the first prompt is drawn: readLine holds the reader's lock from this callback until the
   * prompt is on the screen, and isReading waits for that lock.
   */
  private static void afterFirstPrompt(LineReader reader, CompletableFuture<CommandLine> dockerModel, LineRunner runner, Consumer<Consumer<String>> afterPrompt) {
    reader.isReading();
    afterPrompt.accept(reader::printAbove);
    try {
      dockerModel.complete(DockerCli.model());
    } catch (RuntimeException e) {
      dockerModel.completeExceptionally(e);
    }
    runner.commands(); // the commands' model, ready before the first line or Tab
  }

  /** Made on first use, then kept. */
  private static <T> Supplier<T> once(Supplier<T> make) {
    AtomicReference<T> made = new AtomicReference<>();
    return () -> made.updateAndGet(m -> m == null ? make.get() : m);
  }

  /** Reads lines until the end of input; 0 only if every line succeeded. */
  static int scripted(LineRunner runner, BufferedReader in) {
    boolean allOk = true;
    try {
      for (String line = in.readLine(); line != null && !runner.exitRequested(); line = in.readLine()) {
        allOk &= runner.run(line).exitCode() == 0;
      }
    } catch (IOException e) {
      runner.session().err().println("dockerlab: cannot read standard input: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    }
    return allOk ? ExitCode.OK : ExitCode.FAILED;
  }

  private void welcome() {
    session.out().println("Welcome to dockerlab, a hands-on lab for distributing Docker images.");
    session.out().println("Type docker commands as you would anywhere. 'lessons' lists the lessons, 'start save' begins the first;");
    session.out().println("'help' lists what else the shell does. Ctrl-D leaves.");
    session.out().flush();
  }

  /** @param part the guide's part: the lesson and step, or the exam's time left */
  private String prompt(String part) {
    AttributedString prompt = new AttributedStringBuilder()
        .styled(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN), "dockerlab")
        .append(part.isEmpty() ? "" : " ")
        .styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW), part.isEmpty() ? "" : "[" + part + "]")
        .append(" ")
        .styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE), session.place())
        .append(" $ ")
        .toAttributedString();
    return colour ? prompt.toAnsi(terminal) : prompt.toString();
  }
}
