package org.dockerlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Run by {@code mvn package} (exec-maven-plugin, before the jar is made): writes {@link CompiledLessons#FILE}
 * beside the lessons and the exams copied into {@code target/classes}, so the jar loads them without YAML.
 * A directory whose files have problems gets none (the lab then reads the YAML and reports them as before).
 *
 * <pre>LessonCompiler target/classes</pre>
 */
public final class LessonCompiler {
  private LessonCompiler() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    for (Path dir : List.of(classes.resolve(LessonLoader.BUNDLED), classes.resolve(LessonLoader.BUNDLED).resolve(LessonLoader.EXAMS))) {
      if (Files.isDirectory(dir)) {
        compile(dir);
      }
    }
  }

  /** Writes (or, when the files have problems, removes) the compiled form of one directory of lesson files. */
  static void compile(Path dir) throws IOException {
    Path bin = dir.resolve(CompiledLessons.FILE);
    Files.deleteIfExists(bin);
    Curriculum curriculum = new LessonLoader().read(dir, dir.getFileName().toString());
    if (!curriculum.problems().isEmpty()) {
      System.err.println("lesson compiler: " + dir + " has problems, so the lab will read its YAML (dockerlab lint shows them)");
      return;
    }
    Files.write(bin, compile(dir, curriculum.lessons()));
  }

  static byte[] compile(Path dir, List<Lesson> lessons) throws IOException {
    Map<String, Long> sources = new LinkedHashMap<>();
    for (Path file : LessonLoader.lessonFiles(dir)) {
      sources.put(file.getFileName().toString(), LessonLoader.crc(Files.readAllBytes(file)));
    }
    return CompiledLessons.write(sources, lessons);
  }
}
