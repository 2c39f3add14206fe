package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import org.dockerlab.docker.format.GoTemplate;
import org.dockerlab.docker.format.InfoFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docker info}: the engine's main facts, worded and indented like the CLI's "Server:" section. */
@Command(name = "info", description = "Display system-wide information.")
final class InfoCommand extends DockerSubcommand {
  @Option(names = {"-f", "--format"}, paramLabel = "TEMPLATE", description = "Format the output using the given Go template")
  String format;

  @Override
  public Integer call() {
    GoTemplate template = format == null ? null : new GoTemplate(format);
    JsonNode info = engine().systemInfo();
    PrintWriter out = io().out();
    if (template != null) {
      out.println(template.render(info));
    } else {
      InfoFormat.print(info, out);
    }
    out.flush();
    return 0;
  }
}
