package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.tutor.ExamTutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hint N} in an exam: a hint for goal N, when the exam allows hints. */
@Command(name = "hint", description = "a hint for goal N, when the exam allows hints")
final class GoalHintCommand extends GuideCommand<ExamCommands> {
  @Parameters(arity = "0..1", paramLabel = "N", completionCandidates = GoalNumbers.class, description = "the goal's number in 'goals'")
  String which;

  @Override
  public Integer call() {
    PrintWriter out = out();
    ExamTutor exam = guide.exam();
    if (!exam.hintsAllowed()) {
      out.println("No hints in this exam: the goals are all you get. 'goals' lists them.");
      return 0;
    }
    LessonStep goal = goal(exam.goals());
    out.println(exam.nextHint(goal).map(h -> "Hint for goal " + (exam.goals().indexOf(goal) + 1) + ": " + h).orElse("No more hints for this goal."));
    return 0;
  }

  private LessonStep goal(List<LessonStep> goals) {
    if (which == null && goals.size() == 1) {
      return goals.get(0);
    }
    if (which != null && which.matches("\\d{1,9}") && Integer.parseInt(which) >= 1 && Integer.parseInt(which) <= goals.size()) {
      return goals.get(Integer.parseInt(which) - 1);
    }
    throw LabException.badInput("hint: which goal? hint N, with N from 1 to " + goals.size() + " ('goals' lists them)");
  }

  /** What completes after {@code hint}: the goals' numbers, when the exam gives hints at all. */
  static final class GoalNumbers extends GuideBound<ExamCommands> implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      int goals = guide.exam().hintsAllowed() ? guide.exam().goals().size() : 0;
      return IntStream.rangeClosed(1, goals).mapToObj(String::valueOf).iterator();
    }
  }
}
