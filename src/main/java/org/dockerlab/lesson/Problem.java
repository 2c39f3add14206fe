package org.dockerlab.lesson;

/**
 * One thing wrong in a lesson file, printed as {@code FILE:LINE: field: message}, the form editors jump to.
 *
 * @param field the YAML path, like {@code steps[0].checks[1].path}; empty for the file as a whole
 */
public record Problem(String file, int line, String field, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
