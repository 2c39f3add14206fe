package org.dockerlab.setup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.dockerlab.docker.LabLabels;

/**
 * {@code remove-volume}: removes a named volume the lab created (the lab shell labels the volumes it creates,
 * also those {@code docker run -v NAME:/path} needs). A volume someone else made is never touched: the report
 * says so in one line, and the lesson goes on with it.
 */
public record RemoveVolume(String name) implements SetupAction {
  public RemoveVolume {
    if (name == null || !name.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*")) {
      throw new IllegalArgumentException("name: '" + name + "' is not a valid volume name (letters, digits, _ . -, e.g. registry-data)");
    }
  }

  @Override
  public void apply(SetupContext ctx) {
    Optional<JsonNode> found = ctx.engine().inspectVolume(name);
    if (found.isEmpty()) {
      ctx.report().accept("volume " + name + ": none, nothing to remove");
      return;
    }
    if (!found.get().path("Labels").has(LabLabels.CREATED_BY)) {
      ctx.report().accept("volume " + name + ": not created by the lab, left as it is (docker volume rm " + name + " removes it)");
      return;
    }
    ctx.removeOwnedVolume(name);
  }
}
