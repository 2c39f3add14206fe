package org.dockerlab.tutor.commands;

import java.lang.reflect.ParameterizedType;

/**
 * Made for a guide (a tutor command, its completion candidates): {@link Guides}' factory makes it with its
 * default constructor and then hands it the guide, as picocli hands a {@code @ParentCommand} its parent.
 */
abstract class GuideBound<G> {
  G guide;

  /** Gives this the guide it works for; a guide of another kind is a wiring mistake, said at once. */
  @SuppressWarnings("unchecked")
  final void bind(Object guide) {
    Class<?> wanted = guideType(getClass());
    if (!wanted.isInstance(guide)) {
      throw new IllegalStateException(getClass().getSimpleName() + " works for " + wanted.getSimpleName() + ", not " + guide.getClass().getSimpleName());
    }
    this.guide = (G) guide;
  }

  /** The guide type a class names where it extends this (or GuideCommand): {@code ShowCommand extends GuideCommand<LessonCommands>}. */
  private static Class<?> guideType(Class<?> cls) {
    for (Class<?> c = cls; c != GuideBound.class; c = c.getSuperclass()) {
      if (c.getGenericSuperclass() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> type) {
        return type;
      }
    }
    throw new IllegalStateException(cls.getSimpleName() + " does not say which guide it works for");
  }
}
