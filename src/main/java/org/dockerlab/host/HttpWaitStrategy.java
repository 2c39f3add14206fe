package org.dockerlab.host;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Ready when an HTTP GET gets an answer with an accepted status: the lab's one way to wait for a registry
 * (or any web server) that was just started. A port that accepts but closes the connection at once (the
 * engine's proxy, before the container listens) is not ready.
 */
public final class HttpWaitStrategy implements WaitStrategy {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);

  private final URI url;
  private final IntPredicate accepted;
  private final HttpClient http;

  private HttpWaitStrategy(URI url, IntPredicate accepted) {
    this.url = url;
    this.accepted = accepted;
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  /** A registry on this machine ({@code localhost:5000}): {@code GET /v2/} answers 200 (open) or 401 (passwords). */
  public static HttpWaitStrategy registry(String hostAndPort) {
    return new HttpWaitStrategy(URI.create("http://" + hostAndPort + "/v2/"), status -> status == 200 || status == 401);
  }

  /**
   * A server at {@code host:port} that answers HTTP at all, whatever it thinks of {@code GET /v2/}: a registry
   * that listens (with TLS, or refusing), or another web server.
   */
  public static HttpWaitStrategy anyAnswer(String hostAndPort) {
    return new HttpWaitStrategy(URI.create("http://" + hostAndPort + "/v2/"), status -> true);
  }

  @Override
  public Optional<String> look() throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(ANSWER_TIMEOUT).GET().build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return accepted.test(status) ? Optional.empty() : Optional.of("HTTP " + status);
    } catch (IOException e) {
      return Optional.of(e.getClass().getSimpleName());
    }
  }

  @Override
  public String target() {
    return url.toString();
  }
}
