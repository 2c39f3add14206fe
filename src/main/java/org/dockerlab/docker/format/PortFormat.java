package org.dockerlab.docker.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ContainerSummary.PublishedPort;

/**
 * The PORTS column of {@code docker ps}, as the docker CLI writes it: consecutive ports are grouped
 * ({@code 0.0.0.0:9000-9002->9000-9002/tcp}), ports published on the same number come first, ports
 * published on another number follow ({@code 0.0.0.0:8081->8080/tcp, [::]:8081->8080/tcp}), and exposed but
 * unpublished ports show alone ({@code 5000/tcp}). IPv6 addresses are bracketed as Go's
 * {@code net.JoinHostPort} writes them (current CLIs; 20.10 wrote {@code :::8081}).
 */
public final class PortFormat {
  private PortFormat() {}

  /** The container's ports as the engine lists them, unpublished ones with host port 0. */
  public static String display(List<PublishedPort> ports) {
    List<PublishedPort> sorted = new ArrayList<>(ports);
    sorted.sort(
        Comparator.comparingInt(PublishedPort::containerPort)
            .thenComparing(PublishedPort::hostIp)
            .thenComparingInt(PublishedPort::hostPort)
            .thenComparing(PublishedPort::protocol));
    Map<String, int[]> groups = new LinkedHashMap<>();
    List<String> result = new ArrayList<>();
    List<String> hostMappings = new ArrayList<>();
    for (PublishedPort p : sorted) {
      String key = p.protocol();
      if (!p.hostIp().isEmpty()) {
        if (p.hostPort() != p.containerPort()) {
          hostMappings.add(host(p.hostIp()) + ":" + p.hostPort() + "->" + p.containerPort() + "/" + p.protocol());
          continue;
        }
        key = p.hostIp() + "/" + p.protocol();
      }
      int[] group = groups.get(key);
      if (group == null) {
        groups.put(key, new int[] {p.containerPort(), p.containerPort()});
      } else if (p.containerPort() == group[1] + 1) {
        group[1] = p.containerPort();
      } else {
        // the CLI writes the finished range now and keeps the key's first-seen place for the new one
        result.add(group(key, group));
        groups.put(key, new int[] {p.containerPort(), p.containerPort()});
      }
    }
    groups.forEach((key, g) -> result.add(group(key, g)));
    result.addAll(hostMappings);
    return String.join(", ", result);
  }

  private static String host(String ip) {
    return ip.contains(":") ? "[" + ip + "]" : ip;
  }

  private static String group(String key, int[] range) {
    int slash = key.lastIndexOf('/');
    String ip = slash < 0 ? "" : key.substring(0, slash);
    String type = key.substring(slash + 1);
    String ports = range[0] == range[1] ? String.valueOf(range[0]) : range[0] + "-" + range[1];
    if (!ip.isEmpty()) {
      ports = host(ip) + ":" + ports + "->" + ports;
    }
    return ports + "/" + type;
  }
}
