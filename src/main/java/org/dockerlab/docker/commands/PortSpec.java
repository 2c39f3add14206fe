package org.dockerlab.docker.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.errors.LabException;

/**
 * Reads {@code docker run -p [IP:][HOST:]CONTAINER[/PROTO]}, where HOST and CONTAINER may be ranges of the
 * same length ({@code 9000-9002:9000-9002}).
 */
final class PortSpec {
  private PortSpec() {}

  /** Parses one {@code -p} value into one binding per container port. */
  static List<ContainerSpec.Port> parse(String value) {
    String rest = value;
    String protocol = "tcp";
    int slash = rest.lastIndexOf('/');
    if (slash >= 0) {
      protocol = rest.substring(slash + 1).toLowerCase(Locale.ROOT);
      rest = rest.substring(0, slash);
      if (!List.of("tcp", "udp", "sctp").contains(protocol)) {
        throw LabException.badInput("invalid proto: " + protocol);
      }
    }
    String ip = "";
    if (rest.startsWith("[")) {
      int close = rest.indexOf("]:");
      if (close < 0) {
        throw LabException.badInput("invalid IP address in port specification: " + value);
      }
      ip = rest.substring(1, close);
      rest = rest.substring(close + 2);
    }
    String[] parts = rest.split(":", -1);
    String host;
    String container;
    switch (parts.length) {
      case 1 -> {
        host = "";
        container = parts[0];
      }
      case 2 -> {
        host = parts[0];
        container = parts[1];
      }
      case 3 -> {
        if (!ip.isEmpty()) {
          throw LabException.badInput("invalid port specification: \"" + value + "\"");
        }
        ip = parts[0];
        host = parts[1];
        container = parts[2];
      }
      default -> throw LabException.badInput("invalid port specification: \"" + value + "\"");
    }
    int[] containerRange = range(container, "containerPort", value);
    int[] hostRange = host.isEmpty() ? null : range(host, "hostPort", value);
    int count = containerRange[1] - containerRange[0] + 1;
    if (hostRange != null && hostRange[1] - hostRange[0] + 1 != count && hostRange[0] != hostRange[1]) {
      throw LabException.badInput("invalid ranges specified for container and host Ports: " + container + " and " + host);
    }
    List<ContainerSpec.Port> specs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String hostPort = "";
      if (hostRange != null) {
        hostPort = String.valueOf(hostRange[0] == hostRange[1] ? hostRange[0] : hostRange[0] + i);
      }
      specs.add(new ContainerSpec.Port(ip, hostPort, containerRange[0] + i, protocol));
    }
    return specs;
  }

  private static int[] range(String text, String what, String value) {
    String[] ends = text.split("-", -1);
    try {
      if (ends.length > 2) {
        throw new NumberFormatException();
      }
      int first = port(ends[0]);
      int last = ends.length == 2 ? port(ends[1]) : first;
      if (last < first) {
        throw new NumberFormatException();
      }
      return new int[] {first, last};
    } catch (NumberFormatException e) {
      throw LabException.badInput("invalid " + what + ": " + text + " (in -p " + value + ")");
    }
  }

  private static int port(String s) {
    int p = Integer.parseInt(s.trim());
    if (p < 1 || p > 65535) {
      throw new NumberFormatException();
    }
    return p;
  }
}
