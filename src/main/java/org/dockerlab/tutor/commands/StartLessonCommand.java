package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.function.Consumer;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.setup.NotTheLabsException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code start ID}: runs a lesson's setup and shows its first step. */
@Command(name = "start", description = "start a lesson, by id or number (its setup prepares the lab)")
final class StartLessonCommand extends LessonGuideCommand {
  @Parameters(arity = "0..1", paramLabel = "ID", completionCandidates = LessonIds.class, description = "the lesson: its id, or its number in 'lessons'")
  String id;

  @ArgGroup(exclusive = true)
  Choice choice = new Choice();

  @Override
  public Integer call() {
    if (id == null) {
      throw LabException.badInput("start: which lesson? e.g. start save ('lessons' lists them)");
    }
    Lesson lesson = tutor().find(id).orElseThrow(() -> LabException.badInput("start: no lesson '" + id + "'; 'lessons' lists them"));
    PrintWriter out = out();
    if (!choice.restart && tutor().inProgress(lesson) && (choice.resume || !askToRestart(lesson))) {
      tutor().resume(lesson);
      out.println(look().bold("Lesson: " + lesson.title()) + look().dim("  (resumed where you were; 'reset lesson' or 'start --restart " + lesson.id() + "' starts it again)"));
      out.println();
      guide.show(out);
      return 0;
    }
    out.println(look().bold("Lesson: " + lesson.title()));
    out.println(lesson.summary());
    out.println(look().dim("Preparing the lab for this lesson..."));
    out.flush();
    Consumer<String> report = line -> {
      out.println(look().dim("  " + line));
      out.flush();
    };
    try {
      tutor().start(lesson, report);
    } catch (NotTheLabsException e) {
      if (!askToRemove(e, out)) {
        throw e;
      }
      tutor().start(lesson, report);
    }
    out.println();
    guide.show(out);
    return 0;
  }

  /**
   * The learner was in the middle of this lesson: at a terminal, ask whether to start it again (its setup
   * removes the lesson's files) or go on where they were; in scripted use, go on.
   */
  private boolean askToRestart(Lesson lesson) {
    if (guide.prompter() == null) {
      return false;
    }
    return guide.confirm("You are in the middle of '" + lesson.id() + "'. Start it again from its setup (this removes the lesson's files)? [y/N, N resumes] ");
  }

  /**
   * A container the lab did not create is in the lesson's way: at a terminal, ask before removing it; in
   * scripted use (no prompter) the refusal stands, with its message.
   */
  private boolean askToRemove(NotTheLabsException e, PrintWriter out) {
    if (guide.prompter() == null) {
      return false;
    }
    out.println(e.getMessage());
    if (!guide.confirm("Remove the container '" + e.container() + "' now? It was not made by the lab. [y/N] ")) {
      return false;
    }
    tutor().removeContainer(e.container());
    out.println(look().dim("  container " + e.container() + ": removed, as you asked"));
    return true;
  }

  /** {@code --restart} or {@code --resume}, not both; neither: a learner in the middle of the lesson is asked (scripted: it resumes). */
  static final class Choice {
    @Option(names = "--restart", description = "start the lesson afresh (its setup runs again) even if you were in the middle of it")
    boolean restart;

    @Option(names = "--resume", description = "go back to where you were in the lesson, without asking")
    boolean resume;
  }

  /** What completes after {@code start}: the lessons' ids. */
  static final class LessonIds extends GuideBound<LessonCommands> implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return guide.tutor().lessons().stream().map(Lesson::id).iterator();
    }
  }
}
