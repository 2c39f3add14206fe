package org.dockerlab.report.roll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dockerlab.report.Help;

/**
 * The class: every learner by every step, from any number of reports. When a learner's step appears in
 * several reports, the latest verdict counts (the latest check time; then the later report; then the file
 * read later), a step without a verdict never outweighs one with a verdict, and each cell remembers its
 * report. Help is the most any report shows for the step (help used stays used). A step is worth the
 * points of the newest report that has it, for every learner alike.
 */
public final class ClassRoll {
  private final Instant generatedAt;
  private final List<Column> columns;
  private final List<Row> rows;
  private final List<ReportFiles.Skipped> skipped;
  private final int reports;

  private ClassRoll(Instant generatedAt, List<Column> columns, List<Row> rows, List<ReportFiles.Skipped> skipped, int reports) {
    this.generatedAt = generatedAt;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.skipped = List.copyOf(skipped);
    this.reports = reports;
  }

  /** A step of the class: lessons in the order reports list them, exams after the lessons. */
  public record Column(String lesson, String lessonTitle, boolean exam, String step, String stepTitle, int points) {
    public String key() {
      return lesson + "/" + step;
    }
  }

  /** One learner's step: the verdict that counts, the report it came from, and the help used on it in any report. */
  public record Cell(StepOutcome outcome, Instant at, String message, String source, Help help) {}

  /**
   * One learner.
   *
   * @param cells by {@link Column#key()}; a step no report of this learner has is absent
   * @param sources per report, the lessons whose verdicts came from it
   */
  public record Row(String learner, Map<String, Cell> cells, Map<String, Set<String>> sources) {
    private static final Cell NONE = new Cell(StepOutcome.NOT_ATTEMPTED, null, null, null, Help.NONE);

    /** The learner's step; not attempted, from no report, when no report of theirs has it. */
    public Cell cell(Column c) {
      return cells.getOrDefault(c.key(), NONE);
    }
  }

  /** How one step went across the class. */
  public record StepStats(Column column, int passed, int failed, int errors, int learners, String commonFailure, int commonFailureCount) {
    public double passRate() {
      return learners == 0 ? 0 : (double) passed / learners;
    }
  }

  public static ClassRoll of(List<Submission> submissions, List<ReportFiles.Skipped> skipped, Instant generatedAt) {
    Map<String, Column> columns = new LinkedHashMap<>();
    Map<String, Instant> columnFrom = new HashMap<>();
    Map<String, Map<String, Candidate>> byLearner = new TreeMap<>(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(s -> s));
    for (Submission s : submissions) {
      for (Submission.Lesson lesson : s.lessons()) {
        for (Submission.Step step : lesson.steps()) {
          Column c = new Column(lesson.id(), lesson.title(), lesson.exam(), step.id(), step.title(), step.points());
          Instant known = columnFrom.get(c.key());
          if (known == null || !s.generatedAt().isBefore(known)) {
            columns.put(c.key(), c); // insertion order stays the first report's; the newest report's titles and points win
            columnFrom.put(c.key(), s.generatedAt());
          }
          byLearner.computeIfAbsent(s.learner(), k -> new HashMap<>()).merge(c.key(), new Candidate(s, lesson, step), Candidate::merge);
        }
      }
    }
    List<Column> ordered = new ArrayList<>(columns.values());
    ordered.sort(Comparator.comparing(Column::exam)); // stable: lessons keep their order, exams come after
    List<Row> rows = new ArrayList<>();
    byLearner.forEach((learner, candidates) -> {
      Map<String, Cell> cells = new HashMap<>();
      Map<String, Set<String>> sources = new TreeMap<>();
      for (Column column : ordered) {
        Candidate c = candidates.get(column.key());
        if (c != null) {
          cells.put(column.key(), new Cell(c.step.outcome(), c.step.at(), c.step.message(), c.from.source(), c.help));
          sources.computeIfAbsent(c.from.source(), k -> new LinkedHashSet<>()).add(c.lesson.id());
        }
      }
      rows.add(new Row(learner, Map.copyOf(cells), sources));
    });
    return new ClassRoll(generatedAt, ordered, rows, skipped, submissions.size());
  }

  /** A learner's step as one report has it; merging keeps the verdict that counts and the most help. */
  private record Candidate(Submission from, Submission.Lesson lesson, Submission.Step step, Help help) {
    Candidate(Submission from, Submission.Lesson lesson, Submission.Step step) {
      this(from, lesson, step, step.help());
    }

    Candidate merge(Candidate other) {
      Candidate win = wins(other, this) ? other : this;
      Help h = new Help(Math.max(help.hintsUsed(), other.help.hintsUsed()), help.solutionRevealed() || other.help.solutionRevealed(),
          help.assisted() || other.help.assisted(), max(help.quizAttempts(), other.help.quizAttempts()));
      return new Candidate(win.from, win.lesson, win.step, h);
    }

    /** Whether {@code a} outweighs {@code b}. */
    private static boolean wins(Candidate a, Candidate b) {
      boolean av = a.step.at() != null;
      boolean bv = b.step.at() != null;
      if (av != bv) {
        return av;
      }
      if (av && !a.step.at().equals(b.step.at())) {
        return a.step.at().isAfter(b.step.at());
      }
      if (!a.from.generatedAt().equals(b.from.generatedAt())) {
        return a.from.generatedAt().isAfter(b.from.generatedAt());
      }
      return a.from.order() > b.from.order();
    }

    private static Integer max(Integer a, Integer b) {
      return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }
  }

  public Instant generatedAt() {
    return generatedAt;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  public List<ReportFiles.Skipped> skipped() {
    return skipped;
  }

  /** How many reports were read. */
  public int reports() {
    return reports;
  }

  /** The lessons (and exams), in column order, each once. */
  public List<Column> lessons() {
    Map<String, Column> first = new LinkedHashMap<>();
    columns.forEach(c -> first.putIfAbsent(c.lesson(), c));
    return List.copyOf(first.values());
  }

  public List<Column> steps(String lesson) {
    return columns.stream().filter(c -> c.lesson().equals(lesson)).toList();
  }

  public int points(Row row, Column column) {
    return row.cell(column).outcome() == StepOutcome.PASSED ? column.points() : 0;
  }

  public int earned(Row row, String lesson) {
    return steps(lesson).stream().mapToInt(c -> points(row, c)).sum();
  }

  public int possible(String lesson) {
    return steps(lesson).stream().mapToInt(Column::points).sum();
  }

  public int earned(Row row) {
    return columns.stream().mapToInt(c -> points(row, c)).sum();
  }

  public int possible() {
    return columns.stream().mapToInt(Column::points).sum();
  }

  /** The help a learner used over all steps; quiz attempts null where no report counted them. */
  public record HelpTotals(int hintsUsed, int solutionsRevealed, int assisted, Integer quizAttempts) {
    public boolean any() {
      return hintsUsed > 0 || solutionsRevealed > 0 || assisted > 0;
    }

    /** "hints 3, solutions revealed 1", with solutions run and quiz attempts when there are any; "none" without help. */
    @Override
    public String toString() {
      if (!any() && quizAttempts == null) {
        return "none";
      }
      return "hints " + hintsUsed + ", solutions revealed " + solutionsRevealed + (assisted > 0 ? ", solutions run by the lab " + assisted : "")
          + (quizAttempts == null ? "" : ", quiz attempts " + quizAttempts);
    }

    /** For a narrow column: "10 hints, 2 solutions", what was used only. */
    public String compact() {
      List<String> parts = new ArrayList<>();
      if (hintsUsed > 0) {
        parts.add(Summary.plural(hintsUsed, "hint"));
      }
      if (solutionsRevealed > 0) {
        parts.add(Summary.plural(solutionsRevealed, "solution"));
      }
      if (assisted > 0) {
        parts.add(assisted + " run by the lab");
      }
      if (quizAttempts != null) {
        parts.add(Summary.plural(quizAttempts, "quiz attempt"));
      }
      return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
  }

  public HelpTotals help(Row row) {
    int hints = 0;
    int revealed = 0;
    int assisted = 0;
    Integer quiz = null;
    for (Cell c : row.cells().values()) {
      hints += c.help().hintsUsed();
      revealed += c.help().solutionRevealed() ? 1 : 0;
      assisted += c.help().assisted() ? 1 : 0;
      if (c.help().quizAttempts() != null) {
        quiz = (quiz == null ? 0 : quiz) + c.help().quizAttempts();
      }
    }
    return new HelpTotals(hints, revealed, assisted, quiz);
  }

  /** Per step, in column order. */
  public List<StepStats> stats() {
    List<StepStats> out = new ArrayList<>();
    for (Column c : columns) {
      int passed = 0;
      int failed = 0;
      int errors = 0;
      Map<String, Integer> messages = new HashMap<>();
      for (Row r : rows) {
        Cell cell = r.cell(c);
        switch (cell.outcome()) {
          case PASSED -> passed++;
          case FAILED -> {
            failed++;
            messages.merge(cell.message() == null ? "(no message)" : cell.message(), 1, Integer::sum);
          }
          case ERROR -> errors++;
          default -> { }
        }
      }
      Map.Entry<String, Integer> common = messages.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElse(null);
      out.add(new StepStats(c, passed, failed, errors, rows.size(), common == null ? null : common.getKey(), common == null ? 0 : common.getValue()));
    }
    return out;
  }

  /** The steps most failed, most first (ties in column order), only those failed at least once. */
  public List<StepStats> mostFailed(int limit) {
    return stats().stream().filter(s -> s.failed() > 0).sorted(Comparator.comparingInt(StepStats::failed).reversed()).limit(limit).toList();
  }

  /** Learners who used any help, most help first. */
  public List<Row> helped() {
    return rows.stream().filter(r -> help(r).any())
        .sorted(Comparator.comparingInt((Row r) -> {
          HelpTotals h = help(r);
          return h.hintsUsed() + 3 * (h.solutionsRevealed() + h.assisted());
        }).reversed())
        .toList();
  }
}
