package org.dockerlab.cli;

import org.dockerlab.errors.LabException;
import org.dockerlab.progress.Learner;
import org.dockerlab.progress.Progress;
import org.dockerlab.progress.ProgressStore;
import picocli.CommandLine.Option;

/** {@code --learner NAME}: whose work this is, for grade, exam and the shell; stored in progress.json. */
final class LearnerOption {
  @Option(names = "--learner", paramLabel = "NAME",
      description = "Whose work this is, named in every report (default: DOCKERLAB_LEARNER, else the name stored in progress.json, else your user name).")
  String name;

  /** The progress with the learner's name in it, stored there when it is new or was given now. */
  Progress identify(DockerlabCommand root, ProgressStore store) {
    return identify(name, root, store);
  }

  static Progress identify(String given, DockerlabCommand root, ProgressStore store) {
    Progress progress = store.read();
    String learner;
    try {
      learner = Learner.resolve(given, progress.learner(), root.env(), System.getProperty("user.name"));
    } catch (IllegalArgumentException e) {
      throw LabException.badInput(e.getMessage());
    }
    return learner.equals(progress.learner()) ? progress : store.update(p -> p.withLearner(learner));
  }
}
