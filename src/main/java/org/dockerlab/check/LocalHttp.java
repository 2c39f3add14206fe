package org.dockerlab.check;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.dockerlab.docker.Credentials;
import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.errors.LabException;

/**
 * GET requests to local servers (registries, the learner's containers), with short timeouts and Basic auth
 * from the shell's config.json after a 401. One client for the whole lab: it keeps connections warm.
 */
final class LocalHttp {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private LocalHttp() {}

  /** A response, and whether stored credentials were sent to get it. */
  record Reply(HttpResponse<String> response, boolean sentCredentials, String user) {
    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }
  }

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
    HttpResponse<String> first = send(request(uri, accept, null));
    if (first.statusCode() != 401 || dockerConfig == null) {
      return new Reply(first, false, null);
    }
    Optional<Credentials> stored = credentials(dockerConfig, authKey);
    if (stored.isEmpty()) {
      return new Reply(first, false, null);
    }
    Credentials credentials = stored.get();
    String header = basic(credentials);
    credentials.wipe();
    return new Reply(send(request(uri, accept, header)), true, credentials.username());
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

  private static HttpRequest request(URI uri, String accept, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET();
    if (accept != null) {
      b.header("Accept", accept);
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b.build();
  }

  private static HttpResponse<String> send(HttpRequest request) throws NoAnswer {
    try {
      return Client.INSTANCE.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpConnectTimeoutException e) {
      throw new NoAnswer("no connection within " + CONNECT_TIMEOUT.toSeconds() + " s", e);
    } catch (HttpTimeoutException e) {
      throw new NoAnswer("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s", e);
    } catch (ConnectException e) {
      throw new NoAnswer("connection refused", e);
    } catch (IOException e) {
      throw new NoAnswer(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NoAnswer("interrupted", e);
    }
  }

  /** Created on first use only: a lab that never checks over HTTP never starts the client's thread. */
  private static final class Client {
    static final HttpClient INSTANCE =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }
}
