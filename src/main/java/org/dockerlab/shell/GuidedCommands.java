package org.dockerlab.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dockerlab.check.CheckResult;
import org.dockerlab.docker.commands.Prompter;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.Colour;
import org.dockerlab.lesson.Lesson;
import org.dockerlab.lesson.LessonStep;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.StepProgress;

/** The shell's lesson commands: lessons, start, show, check, hint, solution, next, prev, reset, answer. */
public final class GuidedCommands implements Guide {
  public static final Set<String> NAMES =
      Set.of("lessons", "start", "show", "check", "hint", "solution", "next", "prev", "reset", "answer", "progress");

  private final LessonFlow flow;
  private final MarkdownRenderer markdown;
  private final Prompter prompter;
  private final boolean fancy;
  private final Colour colour;

  /** @param prompter asks before revealing a solution; null in scripted use (then --yes is needed) */
  public GuidedCommands(LessonFlow flow, MarkdownRenderer markdown, Prompter prompter, boolean fancy, Colour colour) {
    this.flow = flow;
    this.markdown = markdown;
    this.prompter = prompter;
    this.fancy = fancy;
    this.colour = colour;
  }

  /** The lesson commands of a shell session: fancy marks and Markdown when a person types at a terminal. */
  public static GuidedCommands of(LessonFlow flow, ShellSession session, Prompter prompter) {
    return new GuidedCommands(flow, new MarkdownRenderer(session.colour().enabled(), 90), prompter, session.interactive(), session.colour());
  }

  @Override
  public Set<String> names() {
    return NAMES;
  }

  @Override
  public String refusal(String name) {
    return name + ": only in an exam ('dockerlab exam' lists them)";
  }

  @Override
  public String promptPart() {
    return flow.promptPart();
  }

  @Override
  public List<String> ids() {
    return flow.lessons().stream().map(Lesson::id).toList();
  }

  @Override
  public int run(String name, List<String> args, PrintWriter out) {
    switch (name) {
      case "lessons" -> list(out);
      case "start" -> start(args, out);
      case "show" -> show(out);
      case "check" -> {
        return check(out);
      }
      case "hint" -> hint(out);
      case "solution" -> solution(args, out);
      case "next" -> move(+1, out);
      case "prev" -> move(-1, out);
      case "reset" -> reset(args, out);
      case "answer" -> answer(args, out);
      case "progress" -> org.dockerlab.report.ProgressTable.render(flow.progress(), flow.lessons(), out);
      default -> throw new IllegalArgumentException("not a lesson command: " + name);
    }
    return 0;
  }

  /** After a command in a lesson: check quietly, and say so when the step has just been completed. */
  @Override
  public void afterCommand(String maskedLine, PrintWriter out) {
    if (flow.lesson().isEmpty()) {
      return;
    }
    flow.record(maskedLine);
    if (flow.stepPassed()) {
      return;
    }
    try {
      LessonFlow.Evaluation e = flow.evaluate();
      if (e.newlyComplete()) {
        announce(out);
      }
    } catch (LabException engineGone) {
      // the command itself already said what is wrong with the engine
    }
  }

  private void list(PrintWriter out) {
    Progress progress = flow.progress();
    int n = 1;
    for (Lesson l : flow.lessons()) {
      long done = l.steps().stream().filter(s -> progress.step(l.id(), s.id()).status() == StepProgress.Status.PASSED).count();
      String state = done == l.steps().size() ? mark(true) + " done" : done == 0 ? "" : done + "/" + l.steps().size() + " steps";
      String here = flow.lesson().map(c -> c.id().equals(l.id())).orElse(false) ? " <- you are here" : "";
      out.printf("%2d. %-16s %-46s %s%s%n", n++, l.id(), l.title(), state, here);
    }
    out.println("Start one with: start ID (or its number), e.g. start save. After them, the capstone exam: dockerlab exam");
  }

  private void start(List<String> args, PrintWriter out) {
    if (args.size() != 1) {
      throw LabException.badInput("start: which lesson? e.g. start save ('lessons' lists them)");
    }
    String id = args.get(0);
    Optional<Lesson> chosen = flow.find(id);
    if (chosen.isEmpty() && id.matches("\\d+")) {
      int i = Integer.parseInt(id) - 1;
      chosen = i >= 0 && i < flow.lessons().size() ? Optional.of(flow.lessons().get(i)) : Optional.empty();
    }
    if (chosen.isEmpty()) {
      throw LabException.badInput("start: no lesson '" + id + "'; 'lessons' lists them");
    }
    Lesson lesson = chosen.get();
    out.println(bold("Lesson: " + lesson.title()));
    out.println(lesson.summary());
    out.println(dim("Preparing the lab for this lesson..."));
    out.flush();
    java.util.function.Consumer<String> report = line -> {
      out.println(dim("  " + line));
      out.flush();
    };
    try {
      flow.start(lesson, report);
    } catch (org.dockerlab.lesson.NotTheLabsException e) {
      if (!askToRemove(e, out)) {
        throw e;
      }
      flow.start(lesson, report);
    }
    out.println();
    show(out);
  }

  /**
   * A container the lab did not create is in the lesson's way: at a terminal, ask before removing it; in
   * scripted use (no prompter) the refusal stands, with its message.
   */
  private boolean askToRemove(org.dockerlab.lesson.NotTheLabsException e, PrintWriter out) {
    if (prompter == null) {
      return false;
    }
    out.println(e.getMessage());
    String answer = prompter.readLine("Remove the container '" + e.container() + "' now? It was not made by the lab. [y/N] ");
    if (answer == null || !answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
      return false;
    }
    flow.removeContainer(e.container());
    out.println(dim("  container " + e.container() + ": removed, as you asked"));
    return true;
  }

  private void show(PrintWriter out) {
    requireLesson();
    Lesson l = flow.lesson().get();
    LessonStep s = flow.currentStep();
    out.println(bold("Step " + (flow.stepIndex() + 1) + "/" + l.steps().size() + ": " + s.title()) + (flow.stepPassed() ? "  " + mark(true) + " done" : ""));
    out.println();
    out.print(markdown.render(s.text()));
    out.println(dim("Commands: check · hint · solution · next · prev · reset step · lessons"));
  }

  private int check(PrintWriter out) {
    requireLesson();
    LessonFlow.Evaluation e = flow.evaluate();
    for (int i = 0; i < e.checks().size(); i++) {
      CheckResult r = e.results().get(i);
      out.println(mark(r.passed()) + " " + e.checks().get(i).describe());
      if (!r.passed()) {
        out.println("    " + r.message());
        if (r.expected() != null || r.found() != null) {
          out.println(dim("    expected: " + r.expected() + "; found: " + r.found()));
        }
      }
    }
    if (e.allPassed()) {
      announce(out);
      return 0;
    }
    out.println("Not yet. " + (flow.hintsLeft() > 0 ? "'hint' gives a hint." : "'solution' shows the commands."));
    return 1;
  }

  private void hint(PrintWriter out) {
    requireLesson();
    int total = flow.currentStep().hints().size();
    Optional<String> hint = flow.nextHint();
    if (hint.isEmpty()) {
      out.println("No more hints for this step; 'solution' shows the commands.");
      return;
    }
    out.print(bold("Hint " + (total - flow.hintsLeft()) + "/" + total + ": ") + markdown.render(hint.get()));
  }

  private void solution(List<String> args, PrintWriter out) {
    requireLesson();
    boolean yes = args.contains("-y") || args.contains("--yes");
    if (!yes) {
      if (prompter == null) {
        throw LabException.badInput("solution: add --yes to see it (a revealed solution is recorded as assisted)");
      }
      String answer = prompter.readLine("Show the solution? It is recorded as assisted. [y/N] ");
      if (answer == null || !answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
        out.println("Not shown. 'hint' gives a smaller push.");
        return;
      }
    }
    flow.solutionShown();
    out.println(bold("Solution:"));
    for (String line : flow.currentStep().solution()) {
      out.println("    " + line);
    }
    List<List<String>> alternatives = flow.currentStep().alternatives();
    if (!alternatives.isEmpty()) {
      out.println(dim("Also right:"));
      alternatives.forEach(alt -> out.println(dim("    " + String.join(" ; ", alt))));
    }
  }

  private void move(int delta, PrintWriter out) {
    requireLesson();
    Lesson l = flow.lesson().get();
    int target = flow.stepIndex() + delta;
    if (target < 0) {
      out.println("This is the first step.");
      return;
    }
    if (target >= l.steps().size()) {
      out.println(flow.stepPassed() ? "That was the last step of this lesson: 'lessons' lists the others." : "This is the last step; 'check' shows what is still missing.");
      return;
    }
    if (delta > 0 && !flow.stepPassed()) {
      out.println(dim("(moving on; this step is not complete yet, you can come back with 'prev')"));
    }
    flow.goTo(target);
    show(out);
  }

  private void reset(List<String> args, PrintWriter out) {
    String what = args.isEmpty() ? "step" : args.get(0);
    if (what.equals("all")) {
      out.println(dim("Removing what the lab created and putting its images back..."));
      flow.resetAll(line -> out.println(dim("  " + line)));
      out.println("The lab is as new (your recorded progress is kept). 'lessons' lists the lessons.");
      return;
    }
    requireLesson();
    switch (what) {
      case "step" -> {
        flow.resetStep();
        out.println("This step starts again: its checks and history are forgotten (hints used stay on record).");
      }
      case "lesson" -> {
        out.println(dim("Putting the lab back as the lesson starts..."));
        flow.resetLesson(line -> out.println(dim("  " + line)));
        show(out);
      }
      default -> throw LabException.badInput("reset: say 'reset step', 'reset lesson' or 'reset all'");
    }
  }

  private void answer(List<String> args, PrintWriter out) {
    requireLesson();
    if (args.isEmpty()) {
      throw LabException.badInput("answer: write your answer after it, e.g. answer tar.gz");
    }
    String id = null;
    List<String> words = args;
    if (args.size() > 1 && flow.currentStep().checks().stream().anyMatch(c -> c instanceof org.dockerlab.check.QuizCheck q && q.id().equals(args.get(0)))) {
      id = args.get(0);
      words = args.subList(1, args.size());
    }
    Optional<String> used = flow.answer(id, String.join(" ", words));
    if (used.isEmpty()) {
      throw LabException.badInput("answer: this step has no question to answer");
    }
    out.println("Answer noted.");
  }

  private void announce(PrintWriter out) {
    Lesson l = flow.lesson().get();
    boolean last = flow.stepIndex() == l.steps().size() - 1;
    out.println(mark(true) + " " + bold("Step " + (flow.stepIndex() + 1) + "/" + l.steps().size() + " complete: " + flow.currentStep().title()));
    out.println(last ? "That completes the lesson '" + l.id() + "'. 'lessons' lists what comes next." : "Type 'next' for the next step.");
  }

  private void requireLesson() {
    if (flow.lesson().isEmpty()) {
      throw LabException.badInput("no lesson started: 'lessons' lists them, 'start save' starts the first");
    }
  }

  private String mark(boolean ok) {
    if (fancy) {
      return ok ? colour.green("✔") : colour.red("✘");
    }
    return ok ? "[ok]" : "[x]";
  }

  private String bold(String s) {
    return colour.bold(s);
  }

  private String dim(String s) {
    return colour.dim(s);
  }
}
