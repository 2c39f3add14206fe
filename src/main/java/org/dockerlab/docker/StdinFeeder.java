package org.dockerlab.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

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
    SocketChannel channel = open(engineHost);
    try {
      OutputStream out = Channels.newOutputStream(channel);
      String request =
          "POST /containers/" + containerId + "/attach?stream=1&stdin=1 HTTP/1.1\r\n"
              + "Host: docker\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = readHeaders(Channels.newInputStream(channel));
      if (!status.contains(" 101 ") && !status.contains(" 200 ")) {
        throw new LabException(ExitCode.FAILED, "the engine refused to attach standard input: " + status);
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw LabException.environment("could not attach standard input to the container: " + e.getMessage(), e);
    }
    Thread copier =
        new Thread(
            () -> {
              try (channel) {
                stdin.transferTo(Channels.newOutputStream(channel));
                channel.shutdownOutput();
              } catch (IOException e) {
                // the container ended first: the rest of the input has no reader, as with the CLI
              }
            },
            "dockerlab-stdin-" + containerId.substring(0, Math.min(12, containerId.length())));
    copier.setDaemon(true);
    copier.start();
  }

  private static SocketChannel open(String host) {
    try {
      URI uri = URI.create(host);
      if ("unix".equals(uri.getScheme())) {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(uri.getPath()));
        return channel;
      }
      if ("tcp".equals(uri.getScheme())) {
        SocketAddress address = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort());
        return SocketChannel.open(address);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw LabException.environment("could not connect to the engine at " + host + " for standard input: " + e.getMessage(), e);
    }
    throw LabException.badInput("docker run -i in the lab needs an engine on a unix or tcp socket, not " + host);
  }

  // the status line; the rest of the headers is read and dropped
  private static String readHeaders(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the engine closed the connection");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.US_ASCII);
    return text.substring(0, text.indexOf('\r'));
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // already failing
    }
  }
}
