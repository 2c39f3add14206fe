package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.format.GoJson;
import org.dockerlab.docker.format.GoTemplate;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code docker inspect}: the engine's own JSON for containers, else images, as a JSON array indented like
 * the CLI, or one line per object through {@code --format}.
 */
@Command(name = "inspect", description = "Return low-level information on Docker objects.")
final class InspectCommand extends DockerSubcommand {
  @Mixin ObjectFormat format;

  @Option(names = "--type", paramLabel = "TYPE", description = "Return JSON for specified type (container or image)")
  String type;

  @Parameters(arity = "1..*", paramLabel = "NAME|ID", description = "Containers or images to inspect")
  List<String> names;

  @Override
  public Integer call() {
    Optional<GoTemplate> template = format.template();
    if (type != null && !type.equals("container") && !type.equals("image")) {
      throw LabException.badInput("\"" + type + "\" is not a valid value for --type (the lab inspects container or image)");
    }
    DockerGateway engine = engine();
    PrintWriter out = io().out();
    ArrayNode found = JsonNodeFactory.instance.arrayNode();
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      Optional<JsonNode> json = find(engine, name);
      if (json.isPresent()) {
        found.add(json.get());
        if (template.isPresent()) {
          out.println(template.get().render(json.get()));
        }
      } else {
        missing.add(name);
      }
    }
    if (template.isEmpty()) {
      out.println(GoJson.indent(found, "    "));
    }
    out.flush();
    if (missing.isEmpty()) {
      return 0;
    }
    // restricted to a kind (image inspect, container inspect), the CLI reports the engine's 404
    String prefix = type == null ? "Error: No such object: " : "Error response from daemon: No such " + type + ": ";
    for (int i = 0; i < missing.size() - 1; i++) {
      io().err().println(prefix + missing.get(i));
    }
    String last = missing.get(missing.size() - 1);
    if (type != null) {
      throw new EngineError(404, "No such " + type + ": " + last, null);
    }
    throw new LabException(ExitCode.FAILED, "No such object: " + last);
  }

  private Optional<JsonNode> find(DockerGateway engine, String name) {
    Optional<JsonNode> container = "image".equals(type) ? Optional.empty() : engine.inspectContainerJson(name);
    if (container.isPresent() || "container".equals(type)) {
      return container;
    }
    return engine.inspectImageJson(name);
  }
}
