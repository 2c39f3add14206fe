package org.dockerlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dockerlab.progress.Progress;
import org.junit.jupiter.api.Test;

class ProgressTableTest {
  private static String render(Progress progress) {
    StringWriter out = new StringWriter();
    ProgressTable.render(progress, ReportFixtures.lessons(), new PrintWriter(out));
    return out.toString();
  }

  @Test
  void render_theLearner_aLinePerLessonInOrder_withBarStepsAndHelp_thenThePosition() {
    Progress p = ReportFixtures.progress().withStep("private", "copy", s -> s.checked(ReportFixtures.NOW, true, null));

    assertThat(render(p)).isEqualTo(
        "Learner: Ada Lovelace\n\n"
            + "notes            [##########] 1/1 steps   hints 1   solutions 0\n"
            + "private          [#####-----] 1/2 steps   hints 2   solutions 1\n"
            + "\n"
            + "Now at: private, step 1/2: Make secret.txt private\n");
  }

  @Test
  void render_nothingDone_emptyBars_andHowToStart() {
    assertThat(render(Progress.EMPTY)).isEqualTo(
        "notes            [----------] 0/1 steps   hints 0   solutions 0\n"
            + "private          [----------] 0/2 steps   hints 0   solutions 0\n"
            + "\n"
            + "Not started yet: open the lab shell and type: start notes\n");
  }

  @Test
  void bar_roundsToTenths() {
    assertThat(ProgressTable.bar(1, 3)).isEqualTo("###-------");
    assertThat(ProgressTable.bar(2, 3)).isEqualTo("#######---");
    assertThat(ProgressTable.bar(0, 0)).isEqualTo("----------");
  }
}
