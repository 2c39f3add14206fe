package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A tutor command: the guide it works for, and where it prints (its command line's output). */
abstract class GuideCommand<G> implements Callable<Integer> {
  @Spec CommandSpec spec;
  final G guide;

  GuideCommand(G guide) {
    this.guide = guide;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
