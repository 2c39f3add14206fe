package org.dockerlab.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive streams through the gateway, against a fake engine on a Unix socket: a load's body reaches the
 * engine whole in large chunks (docker-java's transport sent 8 KiB ones, one write each), the engine's words
 * come back, every request is traced, and a save stopped half-way ends at once.
 */
class StreamingHttpClientTest {
  @TempDir Path dir;

  private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
  private final List<Seen> requests = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  /** What the fake engine saw of one request. */
  record Seen(String requestLine, Map<String, String> headers, List<Integer> chunks, byte[] body) {}

  /** One connection's exchange: read a request, then answer with {@code answer}. */
  interface Answer {
    void write(Seen request, OutputStream out) throws IOException;
  }

  private DockerJavaGateway gatewayFor(Answer answer, CompletableFuture<Seen> seen) throws IOException {
    Path socket = dir.resolve("engine.sock");
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    open.add(server);
    Thread engine = new Thread(() -> {
      // as the engine: keeps a connection open for the next request, and says nothing until asked
      try (SocketChannel client = server.accept()) {
        InputStream in = Channels.newInputStream(client);
        OutputStream out = Channels.newOutputStream(client);
        while (true) {
          Seen request = readRequest(in);
          seen.complete(request);
          requests.add(request);
          answer.write(request, out);
        }
      } catch (IOException | RuntimeException e) {
        seen.completeExceptionally(e);
      }
    }, "fake-engine");
    engine.setDaemon(true);
    engine.start();
    EngineLocator locator = new EngineLocator(Map.of("DOCKER_HOST", "unix://" + socket), dir, p -> true);
    DockerJavaGateway gateway = DockerJavaGateway.connect(locator, dir.resolve("docker-config"));
    open.add(0, gateway);
    return gateway;
  }

  private static Seen readRequest(InputStream in) throws IOException {
    String requestLine = line(in);
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      headers.put(h.substring(0, colon).strip().toLowerCase(), h.substring(colon + 1).strip());
    }
    List<Integer> chunks = new ArrayList<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
        chunks.add(size);
        body.write(in.readNBytes(size));
        line(in);
      }
      line(in);
    }
    return new Seen(requestLine, headers, chunks, body.toByteArray());
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed in a line: " + s);
      }
      if (c != '\r') {
        s.append((char) c);
      }
    }
    return s.toString();
  }

  private static void chunkedAnswer(OutputStream out, String... parts) throws IOException {
    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** An archive as a file reader hands it over: {@code piece} bytes per read. */
  private static InputStream inPieces(byte[] data, int piece) {
    return new FilterInputStream(new java.io.ByteArrayInputStream(data)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, piece));
      }
    };
  }

  @Test
  void load_sendsTheArchiveWhole_inChunksOf64KiBOrMore_andReturnsTheEnginesWords() throws Exception {
    byte[] archive = new byte[3 * 1024 * 1024 + 1234];
    new Random(7).nextBytes(archive);
    CompletableFuture<Seen> seen = new CompletableFuture<>();
    DockerJavaGateway gateway = gatewayFor((request, out) -> chunkedAnswer(out, "{\"stream\":\"Loaded image: busybox:latest\\n\"}\r\n"), seen);
    List<String> printed = new ArrayList<>();
    long[] sent = {0};

    List<String> lines = gateway.loadImages(inPieces(archive, 4096), printed::add, n -> sent[0] = n);

    assertThat(lines).containsExactly("Loaded image: busybox:latest");
    assertThat(printed).isEqualTo(lines);
    assertThat(sent[0]).isEqualTo(archive.length);
    Seen request = seen.get(5, TimeUnit.SECONDS);
    assertThat(request.requestLine()).isEqualTo("POST /images/load?quiet=1 HTTP/1.1");
    assertThat(request.headers()).containsEntry("content-type", "application/x-tar");
    assertThat(request.body()).isEqualTo(archive);
    // 4 KiB reads are gathered: 49 chunks, not the 385 of 8 KiB that docker-java's transport sends
    assertThat(request.chunks().subList(0, request.chunks().size() - 1)).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(64 * 1024));
    assertThat(gateway.trace().drain()).extracting(ApiCall::path).containsExactly("/images/load?quiet=1");
  }

  @Test
  void load_largeReads_goOutAsLargeChunks() throws Exception {
    byte[] archive = new byte[2 * 1024 * 1024];
    new Random(8).nextBytes(archive);
    CompletableFuture<Seen> seen = new CompletableFuture<>();
    DockerJavaGateway gateway = gatewayFor((request, out) -> chunkedAnswer(out, "{\"stream\":\"Loaded image: x:1\\n\"}"), seen);

    gateway.loadImages(inPieces(archive, 1 << 20), line -> {});

    Seen request = seen.get(5, TimeUnit.SECONDS);
    assertThat(request.body()).isEqualTo(archive);
    assertThat(request.chunks()).allSatisfy(size -> assertThat(size).isEqualTo(StreamingHttpClient.WRITE));
  }

  @Test
  void aSecondSave_afterTheConnectionSatIdle_reusesIt_withoutWaitingForTheEngine() throws Exception {
    byte[] archive = "a small archive".getBytes(StandardCharsets.UTF_8);
    DockerJavaGateway gateway = gatewayFor((request, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nContent-Length: " + archive.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(archive);
      out.flush();
    }, new CompletableFuture<>());
    try (InputStream first = gateway.saveImages(List.of("a:1"))) {
      assertThat(first.readAllBytes()).isEqualTo(archive);
    }
    Thread.sleep(2500); // httpclient5 checks a connection idle for 2 s before reusing it, unless told not to

    byte[] second = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = gateway.saveImages(List.of("a:1"))) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).get(20, TimeUnit.SECONDS);

    assertThat(second).isEqualTo(archive);
    assertThat(requests).hasSize(2);
  }

  @Test
  void load_refusedInsideA200Answer_isTheEnginesError() throws Exception {
    CompletableFuture<Seen> seen = new CompletableFuture<>();
    DockerJavaGateway gateway = gatewayFor((request, out) -> chunkedAnswer(out, "{\"errorDetail\":{\"message\":\"unexpected EOF\"},\"error\":\"unexpected EOF\"}"), seen);

    assertThatThrownBy(() -> gateway.loadImages(inPieces(new byte[1000], 1000), line -> {}))
        .isInstanceOf(EngineError.class)
        .hasMessage("unexpected EOF");
  }

  @Test
  void save_anErrorAnswer_isTheEnginesMessage() throws Exception {
    CompletableFuture<Seen> seen = new CompletableFuture<>();
    DockerJavaGateway gateway = gatewayFor((request, out) -> {
      byte[] body = "{\"message\":\"reference does not exist\"}".getBytes(StandardCharsets.UTF_8);
      out.write(("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
    }, seen);

    assertThatThrownBy(() -> gateway.saveImages(List.of("nosuch:1")))
        .isInstanceOf(EngineError.class)
        .hasMessage("reference does not exist");
    assertThat(seen.get(5, TimeUnit.SECONDS).requestLine()).isEqualTo("GET /images/get?names=nosuch%3A1 HTTP/1.1");
  }

  @Test
  void save_streamsTheArchive_andClosingItHalfWay_endsAtOnce_withoutReadingTheRest() throws Exception {
    byte[] start = new byte[1 << 20];
    new Random(9).nextBytes(start);
    CompletableFuture<Seen> seen = new CompletableFuture<>();
    CompletableFuture<Void> released = new CompletableFuture<>();
    DockerJavaGateway gateway = gatewayFor((request, out) -> {
      out.write("HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(start);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // an engine still making the rest of a large archive: nothing more comes until the test ends
      try {
        released.get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        // the test is over
      }
    }, seen);
    open.add(() -> released.complete(null));

    InputStream archive = gateway.saveImages(List.of("big:1"));
    assertThat(archive.readNBytes(start.length)).isEqualTo(start);
    // closing drops the connection; reading the rest to reuse it would wait for the engine forever
    CompletableFuture.runAsync(() -> {
      try {
        archive.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).get(20, TimeUnit.SECONDS);
  }
}
