package org.dockerlab.lesson;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dockerlab.check.Check;
import org.dockerlab.files.WorkspacePath;
import org.dockerlab.host.LocalHosts;
import org.dockerlab.setup.SetupAction;

/**
 * Finds what would make a lesson unusable or confusing: schema errors (through the loader), duplicate ids,
 * steps without a check, a hint or a solution, references to missing images or lessons, checks that reach
 * outside the workspace or off this machine. Every problem is one line, {@code FILE:LINE: field: message}.
 */
public final class LessonLinter {
  private static final Pattern FILE_NAME = Pattern.compile("(\\d\\d)-([a-z0-9-]+)\\.yaml");

  /** Alternatives and counterexamples each step needs, and each quiz step. */
  public static final int MIN_REPLAYS = 2;
  public static final int MIN_QUIZ_REPLAYS = 1;

  private LessonLinter() {}

  public static LintReport lint(Curriculum curriculum) {
    return lint(curriculum, new Curriculum(List.of()));
  }

  /**
   * Lints the lessons and the exams together: an exam's id must differ from every lesson's, as both key
   * the learner's progress.json, and an exam's goals need no text (it is never shown) and no hints unless
   * the exam allows them.
   */
  public static LintReport lint(Curriculum lessons, Curriculum exams) {
    List<Problem> problems = new ArrayList<>(lessons.problems());
    problems.addAll(exams.problems());
    Set<String> ids = new HashSet<>();
    lessons.lessons().forEach(l -> ids.add(l.id()));
    Map<String, String> firstFileOfId = new HashMap<>();
    int steps = 0;
    for (Curriculum curriculum : List.of(lessons, exams)) {
      boolean examFiles = curriculum == exams;
      for (LessonFile file : curriculum.files()) {
        if (file.lesson().isEmpty()) {
          continue;
        }
        Lesson lesson = file.lesson().get();
        steps += lesson.steps().size();
        Problems p = new Problems(file, problems);
        String other = firstFileOfId.putIfAbsent(lesson.id(), file.name());
        if (other != null) {
          p.add("id", "'" + lesson.id() + "' is already the id of " + other);
        }
        kind(p, lesson, examFiles);
        fileName(p, file, lesson);
        references(p, lesson, ids);
        steps(p, lesson);
      }
    }
    problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
    return new LintReport(lessons.files().size(), exams.files().size(), steps, problems);
  }

  private static void kind(Problems p, Lesson lesson, boolean examFile) {
    if (examFile && !lesson.isExam()) {
      p.add("id", "an exam file needs an exam section (exam: {timeLimitMinutes: 30, hints: false})");
    } else if (!examFile && lesson.isExam()) {
      p.add("exam", "only exam files, in the exams/ directory, have an exam section");
    }
  }

  private static void fileName(Problems p, LessonFile file, Lesson lesson) {
    var m = FILE_NAME.matcher(file.fileName());
    if (!m.matches() || !m.group(2).equals(lesson.id())) {
      p.add("id", "the file should be named NN-" + lesson.id() + ".yaml (NN gives the order), not " + file.fileName());
    }
  }

  private static void references(Problems p, Lesson lesson, Set<String> ids) {
    List<String> lessons = lesson.requires().lessons();
    for (int i = 0; i < lessons.size(); i++) {
      String id = lessons.get(i);
      if (id.equals(lesson.id())) {
        p.add("requires.lessons[" + i + "]", "a lesson cannot require itself");
      } else if (!ids.contains(id)) {
        p.add("requires.lessons[" + i + "]", "no lesson has the id '" + id + "'");
      }
    }
    actionImages(p, lesson, "setup", lesson.setup());
    actionImages(p, lesson, "cleanup", lesson.cleanup());
  }

  /** The images actions provision must be listed in requires.images, which is what a reader checks first. */
  private static void actionImages(Problems p, Lesson lesson, String field, List<SetupAction> actions) {
    for (int i = 0; i < actions.size(); i++) {
      for (String image : actions.get(i).images()) {
        if (!lesson.requires().images().contains(image)) {
          p.add(field + "[" + i + "]", "uses " + image + ": list it in requires.images");
        }
      }
    }
  }

  private static void steps(Problems p, Lesson lesson) {
    Set<String> stepIds = new HashSet<>();
    for (int s = 0; s < lesson.steps().size(); s++) {
      LessonStep step = lesson.steps().get(s);
      String at = "steps[" + s + "]";
      if (!stepIds.add(step.id())) {
        p.add(at + ".id", "'" + step.id() + "' is already the id of an earlier step of this lesson");
      }
      if (step.checks().isEmpty()) {
        p.add(at + ".checks", "a step needs at least one check: how else would the lab know it is done?");
      }
      if (!lesson.isExam() && step.text().isBlank()) {
        p.add(at + ".text", "is required: the why as well as the how");
      }
      boolean hintsShown = !lesson.isExam() || lesson.exam().hints();
      if (hintsShown && step.hints().isEmpty()) {
        p.add(at + ".hints", "a step needs at least one hint, gentle first, explicit last");
      }
      if (step.solution().isEmpty()) {
        p.add(at + ".solution", "a step needs a solution: the commands verify-lessons runs");
      }
      replays(p, lesson, step, at);
      for (int c = 0; c < step.checks().size(); c++) {
        checkFields(p, at + ".checks[" + c + "]", step.checks().get(c));
      }
    }
  }

  /**
   * Enough other right solutions and wrong ones for verify-lessons to show the checks judge the outcome,
   * not the keystrokes of one solution: two of each, one for a quiz (its answers are all there is to vary).
   * A wrong solution that is also given as a right one is a contradiction.
   */
  private static void replays(Problems p, Lesson lesson, LessonStep step, String at) {
    int needed = step.isQuiz() ? MIN_QUIZ_REPLAYS : MIN_REPLAYS;
    String kind = step.isQuiz() ? "a quiz step" : "a step";
    String where = (lesson.isExam() ? "exam " : "lesson ") + lesson.id() + ", step " + step.id();
    if (step.alternatives().size() < needed) {
      p.add(at + ".alternatives", where + ": has " + count(step.alternatives().size(), "alternative") + "; " + kind + " needs at least "
          + needed + (step.isQuiz() ? " (another accepted form of the answer, e.g. the option's text)"
              : " (other right solutions: an alias like docker image save, another option form, a pipe, 127.0.0.1)"));
    }
    if (step.counterexamples().size() < needed) {
      p.add(at + ".counterexamples", where + ": has " + count(step.counterexamples().size(), "counterexample") + "; " + kind + " needs at least "
          + needed + (step.isQuiz() ? " (a wrong answer that must not pass)"
              : " (wrong solutions that must leave it failing: the command echoed or failing, the wrong file, image or registry)"));
    }
    List<List<String>> right = new ArrayList<>(step.alternatives().stream().map(Example::run).toList());
    right.add(step.solution());
    List<List<String>> all = new ArrayList<>(right);
    step.counterexamples().forEach(c -> all.add(c.run()));
    for (List<String> lines : all) {
      for (String line : lines) {
        String rest = WELL_FORMED_TEMPLATE.matcher(line).replaceAll("");
        if (rest.contains("{repo-digest")) {
          p.add(at, where + ": '" + line + "' has a template that is not {repo-digest:IMAGE} (an image name, no spaces)");
        }
      }
    }
    for (int i = 0; i < step.counterexamples().size(); i++) {
      if (right.contains(step.counterexamples().get(i).run())) {
        p.add(at + ".counterexamples[" + i + "]", where + ": is also given as a right solution");
      }
    }
  }

  /** A well-formed template of a lesson's line (see the tutor's LineTemplates); what remains is broken. */
  private static final Pattern WELL_FORMED_TEMPLATE = Pattern.compile("\\{repo-digest:[^{}\\s]+}");

  private static String count(int n, String what) {
    return n == 0 ? "no " + what + "s" : n + " " + what + (n == 1 ? "" : "s");
  }

  /**
   * The check types validate themselves; this looks again at the fields that matter for safety, whatever
   * the type: paths stay in the workspace, URLs stay on this machine.
   */
  private static void checkFields(Problems p, String at, Check check) {
    if (!check.getClass().isRecord()) {
      return;
    }
    for (RecordComponent component : check.getClass().getRecordComponents()) {
      Object value = value(check, component);
      if (!(value instanceof String text)) {
        continue;
      }
      String name = component.getName();
      String field = at + "." + name;
      if (name.equals("path") || name.equals("sameIdAsArchive")) {
        WorkspacePath.problem(text).ifPresent(problem -> p.add(field, problem));
      } else if (name.equals("url")) {
        try {
          LocalHosts.requireLocalUrl(name, text);
        } catch (IllegalArgumentException e) {
          p.add(field, e.getMessage().substring(name.length() + 2));
        }
      }
    }
  }

  private static Object value(Check check, RecordComponent component) {
    try {
      return component.getAccessor().invoke(check);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }

  /** Adds problems for one file, at the line of the field. */
  private record Problems(LessonFile file, List<Problem> sink) {
    void add(String field, String message) {
      sink.add(new Problem(file.name(), file.lines().lineOf(field), field, message));
    }
  }
}
