package org.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledLessonsTest {
  private static Map<String, Long> sources(Path dir) throws IOException {
    Map<String, Long> sources = new LinkedHashMap<>();
    for (Path file : LessonLoader.lessonFiles(dir)) {
      sources.put(file.getFileName().toString(), LessonLoader.crc(Files.readAllBytes(file)));
    }
    return sources;
  }

  @Test
  void repositoryLessonsAndExams_readBackEqualToTheYaml() throws IOException {
    for (Path dir : List.of(Path.of("lessons"), Path.of("lessons", "exams"))) {
      List<Lesson> fromYaml = dir.endsWith("exams") ? LessonLoader.loadExams(dir) : LessonLoader.load(dir);
      byte[] compiled = LessonCompiler.compile(dir, fromYaml);
      List<Lesson> back = CompiledLessons.read(new ByteArrayInputStream(compiled), sources(dir)).orElseThrow();
      assertThat(back).isEqualTo(fromYaml);
      assertThat(back).isNotSameAs(fromYaml);
    }
  }

  @Test
  void bundled_isTheRepositorysLessons() {
    assertThat(LessonLoader.bundled()).isEqualTo(LessonLoader.load(Path.of("lessons")));
    assertThat(LessonLoader.bundledExams()).isEqualTo(LessonLoader.loadExams(Path.of("lessons", "exams")));
  }

  @Test
  void aChangedAddedOrRemovedFile_makesItStale(@TempDir Path dir) throws IOException {
    Path fixture = LessonLoaderTest.resource("lessons-fixture");
    for (Path file : LessonLoader.lessonFiles(fixture)) {
      Files.copy(file, dir.resolve(file.getFileName()));
    }
    byte[] compiled = LessonCompiler.compile(dir, LessonLoader.load(dir));
    assertThat(CompiledLessons.read(new ByteArrayInputStream(compiled), sources(dir))).isPresent();

    Path first = LessonLoader.lessonFiles(dir).get(0);
    Files.writeString(first, Files.readString(first).replace("title:", "title:  "));
    assertThat(CompiledLessons.read(new ByteArrayInputStream(compiled), sources(dir))).as("edited").isEmpty();

    Map<String, Long> added = new LinkedHashMap<>(sources(dir));
    compiled = LessonCompiler.compile(dir, LessonLoader.load(dir));
    added.put("99-new.yaml", 1L);
    assertThat(CompiledLessons.read(new ByteArrayInputStream(compiled), added)).as("added").isEmpty();

    Map<String, Long> removed = new LinkedHashMap<>(sources(dir));
    removed.remove(removed.keySet().iterator().next());
    assertThat(CompiledLessons.read(new ByteArrayInputStream(compiled), removed)).as("removed").isEmpty();
  }

  @Test
  void somethingElse_isNotRead() {
    assertThat(CompiledLessons.read(new ByteArrayInputStream("id: x\n".getBytes()), Map.of())).isEmpty();
    assertThat(CompiledLessons.read(new ByteArrayInputStream(new byte[0]), Map.of())).isEmpty();
  }

  @Test
  void compiler_writesNothingForFilesWithProblems(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("01-broken.yaml"), "id: x\ntitle: T\n");
    Files.writeString(dir.resolve(CompiledLessons.FILE), "old");
    LessonCompiler.compile(dir);
    assertThat(dir.resolve(CompiledLessons.FILE)).doesNotExist();
  }
}
