package org.dockerlab.docker.commands;

/** What {@code --format} means besides a template: nothing or {@code table} is the default table, {@code json} one JSON line per row. */
final class Formats {
  private Formats() {}

  static String orDefault(String format, String defaultTable) {
    if (format == null || format.isEmpty() || format.equals("table")) {
      return defaultTable;
    }
    if (format.equals("json")) {
      return "{{json .}}";
    }
    return format;
  }
}
