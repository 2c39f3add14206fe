package org.dockerlab.tutor.commands;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The picocli factory of the tutor's commands: a command, or the completion candidates of one, made with
 * the guide it works for (a constructor that takes it); anything else as picocli makes it.
 */
final class Injector implements CommandLine.IFactory {
  private final Object guide;

  Injector(Object guide) {
    this.guide = guide;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    for (Constructor<?> c : cls.getDeclaredConstructors()) {
      if (c.getParameterCount() == 1 && c.getParameterTypes()[0].isInstance(guide)) {
        c.setAccessible(true);
        return cls.cast(c.newInstance(guide));
      }
    }
    return CommandLine.defaultFactory().create(cls);
  }

  /** The models of these command classes, each made with the guide. */
  List<CommandLine> commandLines(List<Class<?>> commands) {
    return commands.stream().map(c -> new CommandLine(c, this)).toList();
  }

  /** The names of these command classes, from their {@code @Command} annotation. */
  static Set<String> names(List<Class<?>> commands) {
    return commands.stream().map(c -> c.getAnnotation(CommandLine.Command.class).name()).collect(Collectors.toUnmodifiableSet());
  }
}
