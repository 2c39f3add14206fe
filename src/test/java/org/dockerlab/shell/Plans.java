package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Parses lines the way the lab shell does, for the tests. */
final class Plans {
  static final Set<String> BUILTINS = Set.of("cd", "pwd", "exit", "help", "trace", "history", "htpasswd",
      "lessons", "start", "show", "check", "hint", "next");
  static final Path HOME = Path.of("/home/learner");
  static final Map<String, String> ENV = Map.of("HOME", "/home/learner", "PWD", "/work/lab", "USER", "manu", "TAG", "1.0",
      "OPTS", "-d  -p 80:80", "EMPTY", "");

  private Plans() {}

  static Plan parse(String line) {
    return new ShellParser(BUILTINS).parse(line, ENV, HOME);
  }

  /** The only pipeline of a one-step line. */
  static Pipeline single(String line) {
    Plan plan = parse(line);
    assertThat(plan).as(line).isInstanceOf(Plan.Sequence.class);
    Plan.Sequence seq = (Plan.Sequence) plan;
    assertThat(seq.steps()).as(line).hasSize(1);
    return seq.steps().get(0).pipeline();
  }

  static Pipeline.Docker docker(String line) {
    Pipeline p = single(line);
    assertThat(p).as(line).isInstanceOf(Pipeline.Docker.class);
    return (Pipeline.Docker) p;
  }

  static Plan.Invalid invalid(String line) {
    Plan plan = parse(line);
    assertThat(plan).as(line).isInstanceOf(Plan.Invalid.class);
    return (Plan.Invalid) plan;
  }

  static String system(String line) {
    Pipeline p = single(line);
    assertThat(p).as(line).isInstanceOf(Pipeline.System.class);
    return ((Pipeline.System) p).text();
  }
}
