package org.dockerlab.report;

/**
 * The help a learner used on one step, which a teacher weighs beside the verdict.
 *
 * @param hintsUsed hints shown
 * @param solutionRevealed the learner asked to see the solution
 * @param assisted the lab ran the solution for the learner (not only showed it); false until the tutor
 *     offers that (issue 11), and in every report made before
 * @param quizAttempts answers given to the step's quizzes, wrong ones included; null where nothing counted them
 */
public record Help(int hintsUsed, boolean solutionRevealed, boolean assisted, Integer quizAttempts) {
  public static final Help NONE = new Help(0, false, false, null);

  public Help {
    if (hintsUsed < 0 || (quizAttempts != null && quizAttempts < 0)) {
      throw new IllegalArgumentException("help cannot be negative");
    }
  }

  /** Whether any help was used at all. */
  public boolean any() {
    return hintsUsed > 0 || solutionRevealed || assisted;
  }
}
