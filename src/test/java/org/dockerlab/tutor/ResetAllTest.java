package org.dockerlab.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.lesson.LessonLoader;
import org.dockerlab.progress.ProgressStore;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reset all} runs the exams' cleanups as well as the lessons': what an exam made is the lab's too. */
class ResetAllTest {
  @TempDir Path dir;

  @Test
  void resetAll_runsTheExamsCleanups() throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("workspace"));
    Files.writeString(workspace.resolve("one.txt"), "made in the exam\n");
    FakeGateway engine = new FakeGateway();
    int n = 0;
    for (org.dockerlab.images.LabImage image : org.dockerlab.images.LabImages.all()) {
      engine.withImage("sha256:" + String.valueOf(++n).repeat(64), image.reference()); // the lab images are there
    }
    LessonTutor tutor = new LessonTutor(List::of, () -> LessonLoader.loadExams(Path.of("src/test/resources/exams-fixture/exams")),
        new ProgressStore(dir.resolve("progress.json"), w -> {}, Clock.systemUTC()), new Workbench(() -> engine, workspace, dir.resolve("docker-config"), dir));
    List<String> said = new ArrayList<>();

    tutor.resetAll(said::add);

    assertThat(workspace.resolve("one.txt")).doesNotExist();
    assertThat(said).contains("one.txt: removed");
  }
}
