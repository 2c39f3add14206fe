package org.dockerlab.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP door on 127.0.0.1 to the real engine's unix socket. A test points the lab at it with
 * {@code DOCKER_HOST=tcp://127.0.0.1:PORT} and stops it to play an engine that went away, without
 * touching the shared engine; a new proxy on the same port plays the engine coming back.
 */
public final class EngineProxy implements AutoCloseable {
  public static final Path SOCKET = Path.of("/var/run/docker.sock");

  private final ServerSocket server;
  private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

  private EngineProxy(ServerSocket server) {
    this.server = server;
  }

  /** Listens on the port (0: any free one) and pipes every connection to the engine's socket. */
  public static EngineProxy start(int port) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    EngineProxy proxy = new EngineProxy(server);
    Thread accept = new Thread(proxy::acceptLoop, "dlt-hard-engine-proxy-" + server.getLocalPort());
    accept.setDaemon(true);
    accept.start();
    return proxy;
  }

  public int port() {
    return server.getLocalPort();
  }

  public String dockerHost() {
    return "tcp://127.0.0.1:" + port();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(SOCKET));
        open.add(client);
        open.add(engine);
        pipe(() -> client.getInputStream().transferTo(Channels.newOutputStream(engine)), client, engine);
        pipe(() -> {
          ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
          var out = client.getOutputStream();
          while (engine.read(buffer) >= 0) {
            out.write(buffer.array(), 0, buffer.position());
            out.flush();
            buffer.clear();
          }
        }, client, engine);
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private interface Copy {
    void run() throws IOException;
  }

  private void pipe(Copy copy, Socket client, SocketChannel engine) {
    Thread t = new Thread(() -> {
      try {
        copy.run();
      } catch (IOException e) {
        // one side closed: close both below
      } finally {
        closeQuietly(client);
        closeQuietly(engine);
      }
    }, "dlt-hard-engine-proxy-pipe");
    t.setDaemon(true);
    t.start();
  }

  /** Stops listening and cuts every open connection, as a stopped engine would. */
  @Override
  public void close() {
    closeQuietly(server);
    open.forEach(EngineProxy::closeQuietly);
    open.clear();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
