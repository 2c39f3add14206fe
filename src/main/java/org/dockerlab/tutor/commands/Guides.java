package org.dockerlab.tutor.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What the lessons' and the exam's commands share: their models, made with the guide, and each other's words refused. */
final class Guides {
  private Guides() {}

  /** The models of these command classes, each command (and its completion candidates) made with the guide. */
  static List<CommandLine> commandLines(Object guide, List<Class<?>> commands) {
    Injector factory = new Injector(guide);
    return commands.stream().map(c -> new CommandLine(c, factory)).toList();
  }

  /** The names of these command classes, from their {@code @Command} annotation. */
  static Set<String> names(List<Class<?>> commands) {
    return commands.stream().map(c -> c.getAnnotation(CommandLine.Command.class).name()).collect(Collectors.toUnmodifiableSet());
  }

  /** The other guide's words that are not ours, each with the line that says why not here; sorted. */
  static Map<String, String> refusals(Set<String> theirs, Set<String> ours, UnaryOperator<String> why) {
    Map<String, String> refusals = new LinkedHashMap<>();
    theirs.stream().filter(n -> !ours.contains(n)).sorted().forEach(n -> refusals.put(n, why.apply(n)));
    return refusals;
  }

  /** A picocli factory that makes everything as picocli does, then hands what is made for a guide the guide. */
  private record Injector(Object guide) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      K made = CommandLine.defaultFactory().create(cls);
      if (made instanceof GuideBound<?> bound) {
        bound.bind(guide);
      }
      return made;
    }
  }
}
