package org.dockerlab.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * A hijacked Engine API connection ({@code Upgrade: tcp}), as the docker CLI opens for attach and exec: after
 * the answer's headers the socket carries the process's streams both ways, and half-closing it tells the
 * process its input ended. docker-java's own hijack never half-closes, so a reader would wait forever.
 *
 * <p>Reads and writes go straight to the channel (which locks them separately), not through
 * {@code Channels.newInputStream}, whose streams share one lock: a blocked read would stall every write.
 */
final class Hijack implements AutoCloseable {
  private final SocketChannel channel;

  private Hijack(SocketChannel channel) {
    this.channel = channel;
  }

  /**
   * Sends the request and reads the answer's headers.
   *
   * @param body a JSON body, or null for none
   */
  static Hijack open(String engineHost, String path, String body) {
    SocketChannel channel = connect(engineHost);
    Hijack hijack = new Hijack(channel);
    try {
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      String request =
          "POST " + path + " HTTP/1.1\r\nHost: docker\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n"
              + (body == null ? "" : "Content-Type: application/json\r\n")
              + "Content-Length: " + content.length + "\r\n\r\n";
      OutputStream out = hijack.output();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      String status = readHeaders(hijack.input());
      if (!status.contains(" 101 ") && !status.contains(" 200 ")) {
        String message = errorBody(hijack.input());
        hijack.close();
        int code = status.matches("HTTP/\\S+ \\d{3}.*") ? Integer.parseInt(status.split(" ")[1]) : 500;
        throw new EngineError(code, message.isEmpty() ? status : message, null);
      }
      return hijack;
    } catch (IOException e) {
      hijack.close();
      throw LabException.environment("could not attach to the container's streams: " + e.getMessage(), e);
    }
  }

  /** What the process writes. */
  InputStream input() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        return channel.read(ByteBuffer.wrap(b, off, len));
      }
    };
  }

  /** What the process reads. */
  OutputStream output() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    };
  }

  /** Ends the process's input: it reads end-of-file. */
  void shutdownOutput() {
    try {
      channel.shutdownOutput();
    } catch (IOException e) {
      // the connection is gone already; so is the input
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing a connection that failed
    }
  }

  private static SocketChannel connect(String host) {
    try {
      URI uri = URI.create(host);
      if ("unix".equals(uri.getScheme())) {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(uri.getPath()));
        return channel;
      }
      if ("tcp".equals(uri.getScheme())) {
        return SocketChannel.open(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort()));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw LabException.environment("could not connect to the engine at " + host + " for the container's streams: " + e.getMessage(), e);
    }
    throw new LabException(ExitCode.ENVIRONMENT, "interactive docker commands in the lab need an engine on a unix or tcp socket, not " + host);
  }

  /** The status line; the rest of the headers is read and dropped. */
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

  /** The engine's {@code {"message":"..."}} of a refusal, read briefly. */
  private static String errorBody(InputStream in) {
    try {
      byte[] buffer = new byte[4096];
      int n = in.read(buffer);
      String text = n <= 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
      int brace = text.indexOf('{');
      if (brace >= 0) {
        var node = EngineHttp.JSON.readTree(text.substring(brace));
        if (node.hasNonNull("message")) {
          return node.get("message").asText().strip();
        }
      }
      return text.strip();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
