package org.dockerlab.setup;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.errors.LabException;
import org.dockerlab.images.ImageProvisioner;

/**
 * Runs a lesson's setup or cleanup actions in order, one line of report each. The actions touch only what
 * the lab owns: containers labelled {@link org.dockerlab.docker.LabLabels#CREATED_BY}, lab images and
 * local-registry tags, files in the workspace, the lab's config.json. Anything else in the way stops the
 * setup with a message that says how to go on.
 */
public final class SetupRunner {
  private final SetupContext ctx;

  public SetupRunner(DockerGateway engine, ImageProvisioner images, LabDirs dirs, Consumer<String> report) {
    this.ctx = new SetupContext(engine, images, dirs, report);
  }

  /** Runs the actions in order; the first that fails stops the rest. */
  public void run(List<SetupAction> actions) {
    actions.forEach(this::run);
  }

  /**
   * Removes the untagged images the lab left that no container uses any more: run after a cleanup, once its
   * containers are gone.
   */
  public void sweep() {
    new Leftovers(ctx).sweep();
  }

  /** The untagged images the lab left that no container uses (see {@link #sweep}); empty after a cleanup that cleaned. */
  public List<String> leftovers() {
    return new Leftovers(ctx).remaining();
  }

  public void run(SetupAction action) {
    try {
      action.apply(ctx);
    } catch (IOException e) {
      throw LabException.environment("setup could not write in " + ctx.dirs().workdir() + ": " + e.getMessage(), e);
    }
  }
}
