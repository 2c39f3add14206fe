package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.dockerlab.docker.EngineInfo;
import org.dockerlab.docker.format.GoTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code docker version}: the lab's client and the engine's versions, laid out like the docker CLI's. */
@Command(name = "version", description = "Show the Docker version information.")
final class DockerVersionCommand extends DockerSubcommand {
  @Mixin ObjectFormat format;

  @Override
  public Integer call() {
    PrintWriter out = io().out();
    Optional<GoTemplate> template = format.template();
    if (template.isPresent()) {
      out.println(template.get().render(versions(engine().info())));
      out.flush();
      return 0;
    }
    out.println("Client: dockerlab (native, on docker-java)");
    out.printf(" Version:           %s%n", clientVersion());
    out.printf(" OS/Arch:           %s/%s%n", System.getProperty("os.name").toLowerCase(Locale.ROOT), System.getProperty("os.arch"));
    out.println();
    EngineInfo v = engine().info();
    out.println("Server: Docker Engine");
    out.println(" Engine:");
    out.printf("  Version:          %s%n", v.version());
    out.printf("  API version:      %s (minimum version %s)%n", v.apiVersion(), v.minApiVersion());
    out.printf("  Go version:       %s%n", v.goVersion());
    out.printf("  Git commit:       %s%n", v.gitCommit());
    out.printf("  OS/Arch:          %s/%s%n", v.os(), v.arch());
    out.printf("  Kernel version:   %s%n", v.kernelVersion());
    out.flush();
    return 0;
  }

  /** What a template sees: {@code .Client} and {@code .Server} with the engine's field names ({@code .Server.Version}). */
  private static ObjectNode versions(EngineInfo v) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode client = root.putObject("Client");
    client.putObject("Platform").put("Name", "dockerlab");
    client.put("Version", clientVersion());
    client.put("APIVersion", v.apiVersion());
    client.put("Os", System.getProperty("os.name").toLowerCase(Locale.ROOT));
    client.put("Arch", System.getProperty("os.arch"));
    ObjectNode server = root.putObject("Server");
    server.putObject("Platform").put("Name", "Docker Engine");
    server.put("Version", v.version());
    server.put("APIVersion", v.apiVersion());
    server.put("MinAPIVersion", v.minApiVersion());
    server.put("GitCommit", v.gitCommit());
    server.put("GoVersion", v.goVersion());
    server.put("Os", v.os());
    server.put("Arch", v.arch());
    server.put("KernelVersion", v.kernelVersion());
    return root;
  }

  private static String clientVersion() {
    Package p = DockerVersionCommand.class.getPackage();
    return p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion();
  }
}
