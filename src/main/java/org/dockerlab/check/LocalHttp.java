package org.dockerlab.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.docker.Credentials;
import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.errors.LabException;

/**
 * GET requests to local servers (registries, the learner's containers), with short timeouts and Basic auth
 * from the shell's config.json after a 401. Connections are kept for the next request (the JDK's keep-alive cache).
 */
final class LocalHttp {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  static final String USER_AGENT = "dockerlab-check/1";

  private LocalHttp() {}

  /** A response, and whether stored credentials were sent to get it. */
  record Reply(int status, String body, Map<String, List<String>> headers, boolean sentCredentials, String user) {
    Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
          .map(h -> h.getValue().get(0))
          .findFirst();
    }
  }

  /** What one request got back. */
  private record Response(int status, String body, Map<String, List<String>> headers) {}

  /** Nothing answered at the address (refused, or no answer in time): the learner has to start something. */
  static final class NoAnswer extends Exception {
    NoAnswer(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /** The config.json credentials of a server could not be read. */
  static final class BadConfig extends Exception {
    BadConfig(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * GETs the URL; on a 401, and when {@code dockerConfig} is given, tries again with the stored credentials
   * of {@code authKey}.
   */
  static Reply get(URI uri, String accept, Path dockerConfig, String authKey) throws NoAnswer, BadConfig {
    Response first = send(uri, accept, null);
    if (first.status() != 401 || dockerConfig == null) {
      return new Reply(first.status(), first.body(), first.headers(), false, null);
    }
    Optional<Credentials> stored = credentials(dockerConfig, authKey);
    if (stored.isEmpty()) {
      return new Reply(first.status(), first.body(), first.headers(), false, null);
    }
    Credentials credentials = stored.get();
    String header = basic(credentials);
    credentials.wipe();
    Response second = send(uri, accept, header);
    return new Reply(second.status(), second.body(), second.headers(), true, credentials.username());
  }

  static Optional<Credentials> credentials(Path dockerConfig, String authKey) throws BadConfig {
    try {
      return DockerConfigFile.load(dockerConfig).auth(authKey);
    } catch (LabException e) {
      throw new BadConfig(e.getMessage(), e);
    }
  }

  static String basic(Credentials credentials) {
    CharBuffer chars = CharBuffer.allocate(credentials.username().length() + 1 + credentials.password().length);
    chars.put(credentials.username()).put(':').put(credentials.password()).flip();
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
    byte[] raw = new byte[bytes.remaining()];
    bytes.get(raw);
    Arrays.fill(chars.array(), '\0');
    Arrays.fill(bytes.array(), (byte) 0);
    String header = "Basic " + Base64.getEncoder().encodeToString(raw);
    Arrays.fill(raw, (byte) 0);
    return header;
  }

  /**
   * One GET, on the JDK's plain URL connection: these are http:// requests to local servers, and the
   * java.net.http client sets up TLS (the system's trust store, 0.2 s cold) and 200 classes before its first.
   * No proxy (the servers are local), no redirects followed, the connection kept for the next request.
   */
  private static Response send(URI uri, String accept, String authorization) throws NoAnswer {
    HttpURLConnection http = null;
    try {
      http = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
      http.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
      http.setReadTimeout((int) REQUEST_TIMEOUT.toMillis());
      http.setInstanceFollowRedirects(false);
      http.setUseCaches(false);
      // how the registry's access log tells the lab's own requests from the learner's (RegistryRequestCheck)
      http.setRequestProperty("User-Agent", USER_AGENT);
      if (accept != null) {
        http.setRequestProperty("Accept", accept);
      }
      if (authorization != null) {
        http.setRequestProperty("Authorization", authorization);
      }
      int status = http.getResponseCode();
      InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream();
      String body;
      try (InputStream stream = in) {
        body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      }
      return new Response(status, body, http.getHeaderFields());
    } catch (SocketTimeoutException e) {
      // the connection's own words tell which of the two waits ran out
      throw new NoAnswer(String.valueOf(e.getMessage()).contains("connect")
          ? "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s"
          : "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s", e);
    } catch (ConnectException e) {
      throw new NoAnswer("connection refused", e);
    } catch (IOException e) {
      if (http != null) {
        http.disconnect();
      }
      throw new NoAnswer(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    } catch (IllegalArgumentException e) { // not an http: URL
      throw new NoAnswer(e.getMessage(), e);
    }
  }
}
