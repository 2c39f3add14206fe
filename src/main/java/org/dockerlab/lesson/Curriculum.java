package org.dockerlab.lesson;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every lesson file of a directory, in order (the file names' NN- prefix), with what went wrong reading them. */
public record Curriculum(List<LessonFile> files) {
  public Curriculum {
    files = List.copyOf(files);
  }

  /** The lessons that loaded, in order. */
  public List<Lesson> lessons() {
    return files.stream().flatMap(f -> f.lesson().stream()).toList();
  }

  public List<Problem> problems() {
    return files.stream().flatMap(f -> f.problems().stream()).toList();
  }

  public Optional<Lesson> find(String id) {
    return lessons().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  Stream<LessonFile> loaded() {
    return files.stream().filter(f -> f.lesson().isPresent());
  }
}
