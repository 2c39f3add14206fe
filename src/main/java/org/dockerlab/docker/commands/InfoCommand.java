package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docker info}: the engine's main facts, worded and indented like the CLI's "Server:" section. */
@Command(name = "info", description = "Display system-wide information.")
final class InfoCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Option(names = {"-f", "--format"}, paramLabel = "TEMPLATE", description = "Format the output using the given Go template")
  String format;

  @Override
  public Integer call() {
    GoTemplate template = format == null ? null : new GoTemplate(format);
    JsonNode info = EngineJson.get(docker.context().engine(), "/info").orElseThrow();
    PrintWriter out = docker.io().out();
    if (template != null) {
      out.println(template.render(info));
    } else {
      print(info, out);
    }
    out.flush();
    return 0;
  }

  static void print(JsonNode i, PrintWriter out) {
    out.println("Server:");
    out.println(" Containers: " + i.path("Containers").asLong());
    out.println("  Running: " + i.path("ContainersRunning").asLong());
    out.println("  Paused: " + i.path("ContainersPaused").asLong());
    out.println("  Stopped: " + i.path("ContainersStopped").asLong());
    out.println(" Images: " + i.path("Images").asLong());
    out.println(" Server Version: " + i.path("ServerVersion").asText());
    out.println(" Storage Driver: " + i.path("Driver").asText());
    out.println(" Logging Driver: " + i.path("LoggingDriver").asText());
    out.println(" Cgroup Driver: " + i.path("CgroupDriver").asText());
    if (i.hasNonNull("CgroupVersion")) {
      out.println(" Cgroup Version: " + i.path("CgroupVersion").asText());
    }
    out.println(" Kernel Version: " + i.path("KernelVersion").asText());
    out.println(" Operating System: " + i.path("OperatingSystem").asText());
    out.println(" OSType: " + i.path("OSType").asText());
    out.println(" Architecture: " + i.path("Architecture").asText());
    out.println(" CPUs: " + i.path("NCPU").asLong());
    out.println(" Total Memory: " + bytes(i.path("MemTotal").asLong()));
    out.println(" Name: " + i.path("Name").asText());
    out.println(" Docker Root Dir: " + i.path("DockerRootDir").asText());
    JsonNode registries = i.path("RegistryConfig");
    out.println(" Insecure Registries:");
    registries.path("IndexConfigs").properties().stream()
        .filter(e -> !e.getValue().path("Secure").asBoolean(true))
        .forEach(e -> out.println("  " + e.getValue().path("Name").asText(e.getKey())));
    registries.path("InsecureRegistryCIDRs").forEach(c -> out.println("  " + c.asText()));
    JsonNode mirrors = registries.path("Mirrors");
    if (mirrors.isArray() && !mirrors.isEmpty()) {
      out.println(" Registry Mirrors:");
      mirrors.forEach(m -> out.println("  " + m.asText()));
    }
    out.println(" Live Restore Enabled: " + i.path("LiveRestoreEnabled").asBoolean());
  }

  /** go-units' BytesSize: binary units, four significant digits ("23.54GiB"). */
  static String bytes(long size) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double value = size;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString() + units[unit];
  }
}
