package org.dockerlab.tutor.commands;

/** How the tutor marks its output: colours and ✔ at a terminal, plain words in scripted use. */
record Look(boolean fancy) {
  String mark(boolean ok) {
    if (fancy) {
      return ok ? "\033[32m✔\033[0m" : "\033[31m✘\033[0m";
    }
    return ok ? "[ok]" : "[x]";
  }

  String bold(String s) {
    return fancy ? "\033[1m" + s + "\033[0m" : s;
  }

  String dim(String s) {
    return fancy ? "\033[2m" + s + "\033[0m" : s;
  }
}
