package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dockerlab.docker.DockerJavaGateway;
import org.dockerlab.docker.EngineError;

/**
 * The engine's own JSON for an endpoint, untouched: {@code docker inspect} and {@code docker info} show it
 * as the engine wrote it, with every field and in the engine's order, which docker-java's models would lose.
 */
final class EngineJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private EngineJson() {}

  /** GETs the path (no API version prefix: the engine answers with its own); empty on 404. */
  static Optional<JsonNode> get(DockerJavaGateway engine, String path) {
    return engine.call(() -> fetch(engine, path));
  }

  /** A path segment as the engine's router expects it ({@code localhost:5000/myapp} stays readable). */
  static String segment(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("%2F", "/").replace("%3A", ":").replace("+", "%20");
  }

  private static Optional<JsonNode> fetch(DockerJavaGateway engine, String path) {
    DockerHttpClient http = ((DockerClientImpl) engine.client()).getHttpClient();
    DockerHttpClient.Request request =
        DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET).path(path).build();
    try (DockerHttpClient.Response response = http.execute(request)) {
      int status = response.getStatusCode();
      JsonNode body = MAPPER.readTree(response.getBody());
      if (status == 404) {
        return Optional.empty();
      }
      if (status >= 400) {
        String message = body != null && body.hasNonNull("message") ? body.get("message").asText() : "HTTP " + status;
        throw new EngineError(status, message.trim(), null);
      }
      return Optional.ofNullable(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
