package org.dockerlab.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dockerlab.check.QuizCheck;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.LessonStep;

/**
 * The shell's commands during an exam: {@code goals}, {@code submit}, {@code hint N} when the exam
 * allows it, {@code answer}; the lesson commands that would show the way (show, solution, check, ...)
 * are refused with one line.
 */
public final class ExamCommands implements Guide {
  public static final Set<String> NAMES = Set.of("goals", "submit");
  private static final Set<String> ALL = all();

  private final ExamSession exam;

  public ExamCommands(ExamSession exam) {
    this.exam = exam;
  }

  private static Set<String> all() {
    Set<String> names = new TreeSet<>(NAMES);
    names.addAll(GuidedCommands.NAMES);
    return Set.copyOf(names);
  }

  @Override
  public Set<String> names() {
    return ALL;
  }

  @Override
  public String refusal(String name) {
    return name + ": not during the exam";
  }

  @Override
  public int run(String name, List<String> args, PrintWriter out) {
    switch (name) {
      case "goals" -> goals(out);
      case "submit" -> {
        exam.submit(); // the exam command says "Submitted: grading the exam..." as the shell ends
      }
      case "hint" -> hint(args, out);
      case "answer" -> answer(args, out);
      case "show", "solution" -> throw LabException.badInput(name + ": an exam shows the goals only; 'goals' lists them");
      case "check" -> throw LabException.badInput("check: an exam is graded once, when you submit; 'goals' lists what it grades");
      default -> throw LabException.badInput(name + ": not during the exam; 'submit' ends it and grades it");
    }
    return 0;
  }

  /** The goals, numbered, without marks (the exam says nothing of how it is going), and the time left. */
  public void goals(PrintWriter out) {
    List<LessonStep> goals = exam.goals();
    for (int i = 0; i < goals.size(); i++) {
      out.printf("%2d. %s%n", i + 1, goals.get(i).title().strip());
    }
    out.println(exam.remaining().map(left -> "Time left: " + ExamSession.format(left) + ". ").orElse("No time limit. ")
        + "'submit' grades the exam" + (exam.hintsAllowed() ? "; 'hint N' gives a hint for goal N." : "; no hints in this exam."));
  }

  private void hint(List<String> args, PrintWriter out) {
    if (!exam.hintsAllowed()) {
      out.println("No hints in this exam: the goals are all you get. 'goals' lists them.");
      return;
    }
    LessonStep goal = goal(args);
    Optional<String> hint = exam.nextHint(goal);
    out.println(hint.map(h -> "Hint for goal " + (exam.goals().indexOf(goal) + 1) + ": " + h).orElse("No more hints for this goal."));
  }

  private LessonStep goal(List<String> args) {
    List<LessonStep> goals = exam.goals();
    if (args.isEmpty() && goals.size() == 1) {
      return goals.get(0);
    }
    String which = args.isEmpty() ? "" : args.get(0);
    if (which.matches("\\d+") && Integer.parseInt(which) >= 1 && Integer.parseInt(which) <= goals.size()) {
      return goals.get(Integer.parseInt(which) - 1);
    }
    throw LabException.badInput("hint: which goal? hint N, with N from 1 to " + goals.size() + " ('goals' lists them)");
  }

  private void answer(List<String> args, PrintWriter out) {
    List<QuizCheck> quizzes = exam.goals().stream().flatMap(g -> g.checks().stream())
        .filter(QuizCheck.class::isInstance).map(QuizCheck.class::cast).toList();
    if (quizzes.isEmpty()) {
      throw LabException.badInput("answer: this exam has no question to answer");
    }
    Optional<QuizCheck> named = args.size() > 1 ? quizzes.stream().filter(q -> q.id().equals(args.get(0))).findFirst() : Optional.empty();
    if (named.isEmpty() && quizzes.size() > 1) {
      throw LabException.badInput("answer: which question? answer ID TEXT, with ID one of "
          + String.join(", ", quizzes.stream().map(QuizCheck::id).toList()));
    }
    if (args.isEmpty() || (named.isPresent() && args.size() < 2)) {
      throw LabException.badInput("answer: write your answer after it, e.g. answer tls");
    }
    QuizCheck quiz = named.orElse(quizzes.get(0));
    exam.answer(quiz.id(), String.join(" ", named.isPresent() ? args.subList(1, args.size()) : args));
    out.println("Answer noted.");
  }

  @Override
  public void afterCommand(String maskedLine, PrintWriter out) {
    exam.record(maskedLine);
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
