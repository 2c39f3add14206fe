package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A tutor command: the guide it works for (handed over by {@link Guides}' factory), and where it prints (its command line's output). */
abstract class GuideCommand<G> extends GuideBound<G> implements Callable<Integer> {
  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
