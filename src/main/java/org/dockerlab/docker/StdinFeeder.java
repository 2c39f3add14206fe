package org.dockerlab.docker;

import java.io.IOException;
import java.io.InputStream;

/**
 * Feeds {@code docker run -i}'s standard input to the container on an attach connection of its own, and
 * closes it at the end of the input so that the container reads end-of-file ({@code echo hi | docker run -i
 * busybox cat} ends). docker-java's hijacked attach sends the bytes but never half-closes the connection,
 * so a container reading its input would wait forever.
 */
final class StdinFeeder {
  private StdinFeeder() {}

  /** Attaches to the container's stdin now (before it starts) and copies {@code stdin} to it in the background. */
  static void attach(String engineHost, String containerId, InputStream stdin) {
    Hijack connection = Hijack.open(engineHost, "/containers/" + containerId + "/attach?stream=1&stdin=1", null);
    Thread copier =
        new Thread(
            () -> {
              try (connection) {
                stdin.transferTo(connection.output());
                connection.shutdownOutput();
              } catch (IOException e) {
                // the container ended first: the rest of the input has no reader, as with the CLI
              }
            },
            "dockerlab-stdin-" + containerId.substring(0, Math.min(12, containerId.length())));
    copier.setDaemon(true);
    copier.start();
  }
}
