package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.Colour;
import org.dockerlab.io.Prompter;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.shell.Guide;
import org.dockerlab.shell.LineExecutor;
import org.dockerlab.shell.RanLine;
import org.dockerlab.tutor.Attempt;
import org.dockerlab.tutor.Evaluation;
import org.dockerlab.tutor.LessonTutor;
import picocli.CommandLine;

/**
 * The lessons in the shell: the lesson commands (lessons, start, show, check, hint, solution, next, prev,
 * reset, answer, progress) and, after every other line, a quiet check of the current step that says so
 * when the step has just been completed.
 */
public final class LessonCommands implements Guide, Answering {
  static final List<Class<?>> COMMANDS =
      List.of(LessonsCommand.class, StartLessonCommand.class, ShowCommand.class, CheckCommand.class, HintCommand.class,
          SolutionCommand.class, NextCommand.class, PrevCommand.class, ResetCommand.class, AnswerCommand.class,
          LessonProgressCommand.class);
  static final Set<String> NAMES = Guides.names(COMMANDS);

  private final LessonTutor tutor;
  private final Prompter prompter;
  private final Look look;
  private final TerminalMarkdown markdown;
  private LineExecutor shell;

  /**
   * @param prompter asks before revealing a solution or removing a container; null in scripted use
   * @param fancy marks (✔ ✘) and Markdown layout, for a person at a terminal
   * @param colour whether that person's terminal gets colour ({@code --color}, {@code NO_COLOR})
   */
  public LessonCommands(LessonTutor tutor, Prompter prompter, boolean fancy, Colour colour) {
    this.tutor = tutor;
    this.prompter = prompter;
    this.look = new Look(fancy, colour);
    this.markdown = new TerminalMarkdown(colour.enabled(), 90);
  }

  /** Scripted use: plain words, no colour. */
  public LessonCommands(LessonTutor tutor, Prompter prompter, boolean fancy) {
    this(tutor, prompter, fancy, Colour.NONE);
  }

  @Override
  public List<CommandLine> commands() {
    return Guides.commandLines(this, COMMANDS);
  }

  /** The exam's own commands, and the word exam itself: they say where they work. */
  @Override
  public Map<String, String> refusals() {
    Map<String, String> refusals = new LinkedHashMap<>(
        Guides.refusals(ExamCommands.NAMES, NAMES, n -> n + ": only in an exam ('dockerlab exam' lists them)"));
    for (String word : List.of("exam", "exams")) {
      refusals.put(word, word + ": an exam runs on its own, against a clock: leave this shell ('exit'), then"
          + " 'dockerlab exam' lists the exams and 'dockerlab exam ID' sits one");
    }
    return refusals;
  }

  @Override
  public void answer(List<String> words, PrintWriter out) {
    requireLesson();
    Attempt.Answered a = tutor.answer(words);
    if (a.right()) {
      out.println(look.mark(true) + " " + a.result().message().replaceFirst("^right", "Right"));
    } else {
      out.println(look.mark(false) + " " + a.result().message());
    }
    Evaluation e = tutor.evaluate();
    if (e.newlyComplete()) {
      announce(out);
    }
  }

  @Override
  public void bind(LineExecutor shell) {
    this.shell = shell;
  }

  /** Runs a line as if the learner had typed it (a solution run on request). */
  int run(String line) {
    if (shell == null) {
      throw new IllegalStateException("not bound to a shell");
    }
    return shell.run(line);
  }

  /** Where the learner left off, when a lesson was resumed: they see that nothing was set up again. */
  @Override
  public Optional<String> greeting() {
    return tutor.lesson().map(l -> "You are back in the lesson '" + l.id() + "', at step " + (tutor.stepIndex() + 1) + "/" + l.steps().size()
        + ": 'show' shows it, 'start --restart " + l.id() + "' starts the lesson again.");
  }

  @Override
  public String promptPart() {
    return tutor.promptPart();
  }

  /** After a command in a lesson: check quietly, and say so when the step has just been completed. */
  @Override
  public void afterLine(RanLine line, PrintWriter out) {
    try {
      tutor.afterCommand(line.entries()).filter(Evaluation::newlyComplete).ifPresent(e -> announce(out));
    } catch (LabException engineGone) {
      // the command itself already said what is wrong with the engine
    }
  }

  LessonTutor tutor() {
    return tutor;
  }

  Prompter prompter() {
    return prompter;
  }

  Look look() {
    return look;
  }

  TerminalMarkdown markdown() {
    return markdown;
  }

  /** The current step: its title, whether it is done, its text. */
  void show(PrintWriter out) {
    requireLesson();
    Lesson l = tutor.lesson().orElseThrow();
    LessonStep s = tutor.currentStep();
    out.println(look.bold("Step " + (tutor.stepIndex() + 1) + "/" + l.steps().size() + ": " + s.title()) + (tutor.stepPassed() ? "  " + look.mark(true) + " done" : ""));
    out.println();
    out.print(markdown.render(s.text()));
    out.println(look.dim("Commands: check · hint · solution · next · prev · reset step · lessons"));
  }

  /** {@code next} or {@code prev}: to the step {@code delta} away, when there is one. */
  void move(int delta, PrintWriter out) {
    requireLesson();
    Lesson l = tutor.lesson().orElseThrow();
    int target = tutor.stepIndex() + delta;
    if (target < 0) {
      out.println("This is the first step.");
      return;
    }
    if (target >= l.steps().size()) {
      out.println(tutor.stepPassed() ? "That was the last step of this lesson: 'lessons' lists the others." : "This is the last step; 'check' shows what is still missing.");
      return;
    }
    if (delta > 0 && !tutor.stepPassed()) {
      out.println(look.dim("(moving on; this step is not complete yet, you can come back with 'prev')"));
    }
    tutor.goTo(target);
    show(out);
  }

  void announce(PrintWriter out) {
    Lesson l = tutor.lesson().orElseThrow();
    boolean last = tutor.stepIndex() == l.steps().size() - 1;
    out.println(look.mark(true) + " " + look.bold("Step " + (tutor.stepIndex() + 1) + "/" + l.steps().size() + " complete: " + tutor.currentStep().title()));
    out.println(last ? "That completes the lesson '" + l.id() + "'. 'lessons' lists what comes next." : "Type 'next' for the next step.");
  }

  void requireLesson() {
    if (tutor.lesson().isEmpty()) {
      throw LabException.badInput("no lesson started: 'lessons' lists them, 'start save' starts the first");
    }
  }

  /** A yes/no question at the terminal; false in scripted use, or for anything but yes. */
  boolean confirm(String question) {
    if (prompter == null) {
      return false;
    }
    String answer = prompter.readLine(question);
    return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
  }
}
