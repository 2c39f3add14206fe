package org.dockerlab.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.report.GradeReport;
import org.dockerlab.shell.LineRunner;
import org.dockerlab.shell.ShellSession;
import org.dockerlab.tutor.ExamTutor;
import org.dockerlab.tutor.commands.ExamCommands;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dockerlab exam [ID]}: a capstone in the lab shell. It shows the goals only, gives hints only if
 * the exam allows them, may have a time limit, and grades live at the end (submit, end of input, Ctrl-D
 * or the time over) with the same reports as {@code grade}.
 */
@Command(
    name = "exam",
    description = "Take an exam: the goals only, graded at the end (no ID: list the exams).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every goal passed (or the exams were listed)", "1:some goal failed", "2:bad input (an unknown exam)", "3:environment problem (no engine for the setup)"})
final class ExamCommand extends LabSubcommand {
  @Parameters(arity = "0..1", paramLabel = "ID", description = "The exam to take.")
  String id;

  @Mixin ReportOutput output;

  @Option(names = "--exams", paramLabel = "DIR", description = "Exam files to use instead of the exams inside dockerlab (for teachers).")
  Path dir;

  @Mixin LearnerOption learner;

  @Override
  public Integer call() throws IOException {
    List<Lesson> exams = dir == null ? LessonLoader.bundledExams() : LessonLoader.loadExams(dir);
    if (id == null) {
      list(exams, out());
      return ExitCode.OK;
    }
    Lesson exam = exams.stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> LabException.badInput("no exam '" + id + "'; the exams are: " + exams.stream().map(Lesson::id).collect(Collectors.joining(", "))));
    LabContext lab = lab();
    String name = learner.identify(root, ShellStart.store(lab, err())).learner();
    Path shellHome = ShellStart.shellHome(lab);
    if (System.console() != null) {
      try (Terminal terminal = Terminals.system()) {
        PrintWriter out = terminal.writer();
        ShellSession session = ShellStart.session(lab, shellHome, terminal.output(), out, out, true, root.debug(), root.colour(true));
        try (ExamTutor sitting = begin(exam, lab, session)) {
          new ShellLoop(session, terminal, lab.home().historyFile(), prompter -> new ExamCommands(sitting), false).run(say -> {});
          return end(sitting, name, out);
        }
      }
    }
    PrintWriter out = out();
    ShellSession session = ShellStart.session(lab, shellHome, new FileOutputStream(FileDescriptor.out), out, err(), false, root.debug(), root.colour(false));
    try (ExamTutor sitting = begin(exam, lab, session)) {
      ShellLoop.scripted(new LineRunner(session, null, new ExamCommands(sitting)), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      return end(sitting, name, out);
    }
  }

  private static void list(List<Lesson> exams, PrintWriter out) {
    int n = 1;
    for (Lesson e : exams) {
      out.printf("%2d. %-20s %s (%s)%n", n++, e.id(), e.title(), rules(e));
    }
    out.println("Take one with: dockerlab exam ID" + (exams.isEmpty() ? "" : ", e.g. dockerlab exam " + exams.get(0).id()));
  }

  private static String rules(Lesson exam) {
    String time = exam.exam().timeLimit().map(t -> ExamTutor.format(t) + " time limit").orElse("no time limit");
    return time + ", " + (exam.exam().hints() ? "hints allowed" : "no hints");
  }

  /** Runs the setup, then says what the exam wants: the goals, the time, how it ends. */
  private ExamTutor begin(Lesson exam, LabContext lab, ShellSession session) {
    PrintWriter out = session.out();
    ExamTutor sitting = new ExamTutor(exam, ShellStart.store(lab, session.err()), ShellStart.workbench(lab, session), Clock.systemUTC());
    out.println("Exam: " + exam.title());
    out.println(exam.summary().strip());
    out.println("Preparing the lab...");
    out.flush();
    try {
      sitting.start(line -> {
        out.println("  " + line);
        out.flush();
      });
    } catch (RuntimeException e) {
      sitting.close();
      throw e;
    }
    out.println();
    out.println("Goals (" + rules(exam) + "):");
    new ExamCommands(sitting).goals(out);
    out.println("Type docker commands as usual. 'goals' shows the goals again; 'submit' (or Ctrl-D) ends the exam.");
    out.flush();
    return sitting;
  }

  /** Grades, says why the exam ended, and writes the report where it was asked. */
  private int end(ExamTutor sitting, String learnerName, PrintWriter out) {
    out.println();
    out.println(sitting.submitted() ? "Submitted: grading the exam..."
        : sitting.timeOver() ? "Time is over: grading the exam as the lab is now..."
        : "End of input: grading the exam...");
    out.flush();
    GradeReport report = sitting.grade().withLearner(learnerName);
    output.deliver(report, out);
    return report.tally().allPassed() ? ExitCode.OK : ExitCode.FAILED;
  }
}
