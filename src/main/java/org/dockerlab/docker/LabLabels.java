package org.dockerlab.docker;

/**
 * Labels that mark what the lab created, so that it removes only its own containers. Every container the
 * lab starts (a lesson's setup, or {@code docker run} in the lab shell) carries {@link #CREATED_BY}.
 */
public final class LabLabels {
  /** Present on everything the lab created; the value says which part of the lab. */
  public static final String CREATED_BY = "org.dockerlab.created-by";
  /** The value for containers a lesson's setup started. */
  public static final String BY_LESSON = "dockerlab-lesson";
  /** The value for containers the learner started with {@code docker run} in the lab shell. */
  public static final String BY_SHELL = "dockerlab-shell";

  private LabLabels() {}

  public static boolean createdByLab(ContainerSummary container) {
    return container.labels().containsKey(CREATED_BY);
  }
}
