package org.dockerlab.tutor.commands;

import org.dockerlab.io.Colour;

/**
 * How the tutor marks its output: ✔ and ✘ at a terminal, plain words in scripted use; colour, bold and
 * dim only where the colour decision allows them ({@code --color}, {@code NO_COLOR}).
 */
record Look(boolean fancy, Colour colour) {
  String mark(boolean ok) {
    if (fancy) {
      return ok ? colour.green("✔") : colour.red("✘");
    }
    return ok ? "[ok]" : "[x]";
  }

  String bold(String s) {
    return colour.bold(s);
  }

  String dim(String s) {
    return colour.dim(s);
  }
}
