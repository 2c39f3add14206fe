package org.dockerlab.setup;

import java.util.Optional;
import org.dockerlab.docker.ContainerName;
import org.dockerlab.docker.ContainerSummary;

/** {@code remove-container}: removes a container the lab created; refuses any other. */
public record RemoveContainer(String name) implements SetupAction {
  public RemoveContainer {
    ContainerName.require("name", name);
  }

  @Override
  public void apply(SetupContext ctx) {
    Optional<ContainerSummary> found = ctx.container(name);
    if (found.isEmpty()) {
      ctx.report().accept("container " + name + ": none, nothing to remove");
      return;
    }
    ctx.removeOwned(found.get(), "a container named " + name + " exists");
  }
}
