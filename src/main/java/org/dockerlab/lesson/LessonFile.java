package org.dockerlab.lesson;

import java.util.List;
import java.util.Optional;

/**
 * One lesson file as read: its name as shown in messages, its lesson, its problems.
 *
 * @param name how messages name the file, e.g. {@code lessons/01-save.yaml}
 * @param lesson present when the file parsed, even if a check type was unknown (then problems says so)
 */
public record LessonFile(String name, Optional<Lesson> lesson, List<Problem> problems, YamlLines lines) {
  public LessonFile {
    problems = List.copyOf(problems);
  }

  /** The file name without its directory, e.g. {@code 01-save.yaml}. */
  public String fileName() {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }
}
