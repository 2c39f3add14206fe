package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Optional;
import org.dockerlab.docker.format.GoTemplate;
import org.dockerlab.docker.format.InfoFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code docker info}: the engine's main facts, worded and indented like the CLI's "Server:" section. */
@Command(name = "info", description = "Display system-wide information.")
final class InfoCommand extends DockerSubcommand {
  @Mixin ObjectFormat format;

  @Override
  public Integer call() {
    Optional<GoTemplate> template = format.template();
    JsonNode info = engine().systemInfo();
    PrintWriter out = io().out();
    if (template.isPresent()) {
      out.println(template.get().render(info));
    } else {
      InfoFormat.print(info, out);
    }
    out.flush();
    return 0;
  }
}
