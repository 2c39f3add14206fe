package org.dockerlab.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dockerlab.io.HumanUnits;

/** {@code docker info}: the engine's main facts, worded and indented like the CLI's "Server:" section. */
public final class InfoFormat {
  private InfoFormat() {}

  public static void print(JsonNode i, PrintWriter out) {
    out.println("Server:");
    out.println(" Containers: " + i.path("Containers").asLong());
    out.println("  Running: " + i.path("ContainersRunning").asLong());
    out.println("  Paused: " + i.path("ContainersPaused").asLong());
    out.println("  Stopped: " + i.path("ContainersStopped").asLong());
    out.println(" Images: " + i.path("Images").asLong());
    out.println(" Server Version: " + i.path("ServerVersion").asText());
    out.println(" Storage Driver: " + i.path("Driver").asText());
    i.path("DriverStatus").forEach(pair -> out.println("  " + pair.path(0).asText() + ": " + pair.path(1).asText()));
    out.println(" Logging Driver: " + i.path("LoggingDriver").asText());
    out.println(" Cgroup Driver: " + i.path("CgroupDriver").asText());
    if (i.hasNonNull("CgroupVersion")) {
      out.println(" Cgroup Version: " + i.path("CgroupVersion").asText());
    }
    out.println(" Plugins:");
    for (String kind : List.of("Volume", "Network", "Authorization", "Log")) {
      JsonNode names = i.path("Plugins").path(kind);
      if (names.isArray() && !names.isEmpty()) {
        out.println("  " + kind + ": " + join(names));
      }
    }
    out.println(" Swarm: " + i.path("Swarm").path("LocalNodeState").asText("inactive"));
    out.println(" Runtimes: " + String.join(" ", new TreeSet<>(fieldNames(i.path("Runtimes")))));
    out.println(" Default Runtime: " + i.path("DefaultRuntime").asText());
    out.println(" Init Binary: " + i.path("InitBinary").asText());
    out.println(" containerd version: " + i.path("ContainerdCommit").path("ID").asText());
    out.println(" runc version: " + i.path("RuncCommit").path("ID").asText());
    out.println(" init version: " + i.path("InitCommit").path("ID").asText());
    securityOptions(i.path("SecurityOptions"), out);
    out.println(" Kernel Version: " + i.path("KernelVersion").asText());
    out.println(" Operating System: " + i.path("OperatingSystem").asText());
    out.println(" OSType: " + i.path("OSType").asText());
    out.println(" Architecture: " + i.path("Architecture").asText());
    out.println(" CPUs: " + i.path("NCPU").asLong());
    out.println(" Total Memory: " + HumanUnits.binarySize(i.path("MemTotal").asLong()));
    out.println(" Name: " + i.path("Name").asText());
    out.println(" ID: " + i.path("ID").asText());
    out.println(" Docker Root Dir: " + i.path("DockerRootDir").asText());
    out.println(" Debug Mode: " + i.path("Debug").asBoolean());
    out.println(" Experimental: " + i.path("ExperimentalBuild").asBoolean());
    registries(i.path("RegistryConfig"), out);
    out.println(" Live Restore Enabled: " + i.path("LiveRestoreEnabled").asBoolean());
    out.println();
  }

  // "name=seccomp,profile=default" is shown as "seccomp" with "Profile: default" under it
  private static void securityOptions(JsonNode options, PrintWriter out) {
    if (!options.isArray() || options.isEmpty()) {
      return;
    }
    out.println(" Security Options:");
    for (JsonNode option : options) {
      for (String kv : option.asText().split(",")) {
        String[] pair = kv.split("=", 2);
        if (pair.length < 2) {
          continue;
        }
        if (pair[0].equals("name")) {
          out.println("  " + pair[1]);
        } else {
          out.println("   " + Character.toUpperCase(pair[0].charAt(0)) + pair[0].substring(1) + ": " + pair[1]);
        }
      }
    }
  }

  // the registry lessons need this list: a registry on localhost:5000 is insecure (plain HTTP) and allowed
  private static void registries(JsonNode config, PrintWriter out) {
    out.println(" Insecure Registries:");
    config.path("IndexConfigs").properties().stream()
        .filter(e -> !e.getValue().path("Secure").asBoolean(true))
        .forEach(e -> out.println("  " + e.getValue().path("Name").asText(e.getKey())));
    config.path("InsecureRegistryCIDRs").forEach(c -> out.println("  " + c.asText()));
    JsonNode mirrors = config.path("Mirrors");
    if (mirrors.isArray() && !mirrors.isEmpty()) {
      out.println(" Registry Mirrors:");
      mirrors.forEach(m -> out.println("  " + m.asText()));
    }
  }

  private static String join(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(n -> items.add(n.asText()));
    return String.join(" ", items);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
