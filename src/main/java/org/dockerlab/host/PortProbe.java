package org.dockerlab.host;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a TCP port on this machine is free, and which program holds it when it is not. */
public final class PortProbe {
  private final Path proc;

  public PortProbe(Path proc) {
    this.proc = proc;
  }

  public static PortProbe system() {
    return new PortProbe(Path.of("/proc"));
  }

  /** True when nothing listens on the port (on any address, as {@code docker run -p} binds). */
  public boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The name of the program listening on the port, read from /proc on Linux; empty elsewhere or when
   * the process belongs to another user.
   */
  public Optional<String> owner(int port) {
    for (String table : List.of("net/tcp", "net/tcp6")) {
      Optional<String> inode = listeningInode(proc.resolve(table), port);
      if (inode.isPresent()) {
        return processWithSocket(inode.get());
      }
    }
    return Optional.empty();
  }

  /** What to say about the usual owners of the lab's ports, beyond their names. */
  public static Optional<String> knownOwnerHint(int port, String osName) {
    if (port == 5000 && osName.toLowerCase(Locale.ROOT).contains("mac")) {
      return Optional.of(
          "on macOS, port 5000 is often the AirPlay Receiver: turn it off in System Settings > General > AirDrop & Handoff");
    }
    return Optional.empty();
  }

  static Optional<String> listeningInode(Path table, int port) {
    List<String> lines;
    try {
      lines = Files.readAllLines(table, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return Optional.empty();
    }
    String wanted = String.format(":%04X", port);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] f = line.trim().split("\\s+");
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
      if (f.length > 9 && f[1].endsWith(wanted) && f[3].equals("0A")) {
        return Optional.of(f[9]);
      }
    }
    return Optional.empty();
  }

  private Optional<String> processWithSocket(String inode) {
    String target = "socket:[" + inode + "]";
    try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
      for (Path pid : pids) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(pid.resolve("fd"))) {
          for (Path fd : fds) {
            if (target.equals(Files.readSymbolicLink(fd).toString())) {
              String comm = Files.readString(pid.resolve("comm"), StandardCharsets.UTF_8).trim();
              return Optional.of(comm + " (pid " + pid.getFileName() + ")");
            }
          }
        } catch (IOException | SecurityException e) {
          // another user's process, or one that just exited
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
