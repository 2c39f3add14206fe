package org.dockerlab.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpWaitStrategyTest {
  private HttpServer server;

  /** A web server on a free local port that answers {@code /v2/} with the status, and its host:port. */
  private String serving(int... statuses) throws IOException {
    AtomicInteger request = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v2/", exchange -> {
      int i = Math.min(request.getAndIncrement(), statuses.length - 1);
      exchange.sendResponseHeaders(statuses[i], -1);
      exchange.close();
    });
    server.start();
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void aRegistry_isReadyOn200Or401_notOnOtherAnswers() throws Exception {
    assertThat(HttpWaitStrategy.registry(serving(401)).look()).isEmpty();
    stop();
    assertThat(HttpWaitStrategy.registry(serving(200)).look()).isEmpty();
    stop();
    HttpWaitStrategy notARegistry = HttpWaitStrategy.registry(serving(404));
    assertThat(notARegistry.look()).contains("HTTP 404");
    assertThat(notARegistry.target()).endsWith("/v2/").startsWith("http://127.0.0.1:");
  }

  @Test
  void anyAnswer_takesWhateverStatus() throws Exception {
    assertThat(HttpWaitStrategy.anyAnswer(serving(404)).look()).isEmpty();
  }

  @Test
  void nothingListening_isNotReady_andSaysWhatWasSeen() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertThat(HttpWaitStrategy.anyAnswer("127.0.0.1:" + port).look()).contains("ConnectException");
  }

  @Test
  void aPortThatAcceptsButClosesAtOnce_isNotReady_likeTheEnginesProxyBeforeTheContainerListens() throws Exception {
    try (ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread closer = new Thread(() -> {
        while (!proxy.isClosed()) {
          try (Socket s = proxy.accept()) {
            // closed without a word
          } catch (IOException e) {
            return;
          }
        }
      });
      closer.setDaemon(true);
      closer.start();
      assertThat(HttpWaitStrategy.anyAnswer("127.0.0.1:" + proxy.getLocalPort()).look()).isPresent();
    }
  }

  @Test
  void awaitReady_looksAgainUntilTheServerIsReady() throws Exception {
    HttpWaitStrategy starting = HttpWaitStrategy.registry(serving(503, 503, 200));
    assertThat(starting.awaitReady(Duration.ofSeconds(10))).isEmpty();
  }

  @Test
  void awaitReady_givesUpAfterTheTimeout_withTheLastThingSeen() throws Exception {
    HttpWaitStrategy broken = HttpWaitStrategy.registry(serving(500));
    long start = System.nanoTime();
    assertThat(broken.awaitReady(Duration.ofMillis(400))).contains("HTTP 500");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
  }
}
