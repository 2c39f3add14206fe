package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.shell.Guide;
import org.dockerlab.shell.RanLine;
import org.dockerlab.tutor.ExamTutor;
import picocli.CommandLine;

/**
 * An exam in the shell: {@code goals}, {@code submit}, {@code hint N} when the exam allows it and
 * {@code answer}; the lesson commands that would show the way (show, solution, check, ...) are refused
 * with one line. Nothing is checked before the end.
 */
public final class ExamCommands implements Guide, Answering {
  static final List<Class<?>> COMMANDS = List.of(GoalsCommand.class, SubmitCommand.class, GoalHintCommand.class, AnswerCommand.class);
  static final Set<String> NAMES = Guides.names(COMMANDS);

  private final ExamTutor exam;

  public ExamCommands(ExamTutor exam) {
    this.exam = exam;
  }

  @Override
  public List<CommandLine> commands() {
    return Guides.commandLines(this, COMMANDS);
  }

  /** The lesson commands an exam does not answer, each with why. */
  @Override
  public Map<String, String> refusals() {
    return Guides.refusals(LessonCommands.NAMES, NAMES, n -> switch (n) {
      case "show", "solution" -> n + ": an exam shows the goals only; 'goals' lists them";
      case "check" -> "check: an exam is graded once, when you submit; 'goals' lists what it grades";
      default -> n + ": not during the exam; 'submit' ends it and grades it";
    });
  }

  @Override
  public void answer(List<String> words, PrintWriter out) {
    exam.answer(words);
    out.println("Answer noted.");
  }

  /** The goals, numbered, without marks (the exam says nothing of how it is going), and the time left. */
  public void goals(PrintWriter out) {
    List<LessonStep> goals = exam.goals();
    for (int i = 0; i < goals.size(); i++) {
      out.printf("%2d. %s%n", i + 1, goals.get(i).title().strip());
    }
    out.println(exam.remaining().map(left -> "Time left: " + ExamTutor.format(left) + ". ").orElse("No time limit. ")
        + "'submit' grades the exam" + (exam.hintsAllowed() ? "; 'hint N' gives a hint for goal N." : "; no hints in this exam."));
  }

  ExamTutor exam() {
    return exam;
  }

  @Override
  public void afterLine(RanLine line, PrintWriter out) {
    exam.record(line.entries());
  }

  @Override
  public String promptPart() {
    return exam.promptPart();
  }

  @Override
  public Optional<String> stopReason() {
    if (exam.submitted()) {
      return Optional.of("the exam is submitted");
    }
    return exam.timeOver() ? Optional.of("the time is over") : Optional.empty();
  }
}
