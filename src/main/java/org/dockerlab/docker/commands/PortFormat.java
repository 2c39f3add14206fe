package org.dockerlab.docker.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PORTS column of {@code docker ps}, as the docker CLI 20.10 writes it: consecutive ports are grouped
 * ({@code 0.0.0.0:9000-9002->9000-9002/tcp}), ports published on the same number come first, ports
 * published on another number follow ({@code 0.0.0.0:8081->8080/tcp, :::8081->8080/tcp}), and exposed but
 * unpublished ports show alone ({@code 5000/tcp}).
 */
final class PortFormat {
  /** One port of a container as the engine lists it; {@code ip} is empty and {@code publicPort} 0 when unpublished. */
  record Port(String ip, int privatePort, int publicPort, String type) {
    Port {
      ip = ip == null ? "" : ip;
      type = type == null ? "tcp" : type;
    }
  }

  private PortFormat() {}

  static String display(List<Port> ports) {
    List<Port> sorted = new ArrayList<>(ports);
    sorted.sort(
        Comparator.comparingInt(Port::privatePort)
            .thenComparing(Port::ip)
            .thenComparingInt(Port::publicPort)
            .thenComparing(Port::type));
    Map<String, int[]> groups = new LinkedHashMap<>();
    List<String> result = new ArrayList<>();
    List<String> hostMappings = new ArrayList<>();
    for (Port p : sorted) {
      String key = p.type();
      if (!p.ip().isEmpty()) {
        if (p.publicPort() != p.privatePort()) {
          hostMappings.add(p.ip() + ":" + p.publicPort() + "->" + p.privatePort() + "/" + p.type());
          continue;
        }
        key = p.ip() + "/" + p.type();
      }
      int[] group = groups.get(key);
      if (group == null) {
        groups.put(key, new int[] {p.privatePort(), p.privatePort()});
      } else if (p.privatePort() == group[1] + 1) {
        group[1] = p.privatePort();
      } else {
        // the CLI writes the finished range now and keeps the key's first-seen place for the new one
        result.add(group(key, group));
        groups.put(key, new int[] {p.privatePort(), p.privatePort()});
      }
    }
    groups.forEach((key, g) -> result.add(group(key, g)));
    result.addAll(hostMappings);
    return String.join(", ", result);
  }

  private static String group(String key, int[] range) {
    int slash = key.lastIndexOf('/');
    String ip = slash < 0 ? "" : key.substring(0, slash);
    String type = key.substring(slash + 1);
    String ports = range[0] == range[1] ? String.valueOf(range[0]) : range[0] + "-" + range[1];
    if (!ip.isEmpty()) {
      ports = ip + ":" + ports + "->" + ports;
    }
    return ports + "/" + type;
  }
}
