package org.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Engine API requests on docker-java's own HTTP client, for answers its commands drop: the messages of
 * {@code POST /images/load}, the Untagged/Deleted list of {@code DELETE /images/{name}}, and
 * {@code GET /images/get} with names as typed (its {@code saveImagesCmd} always appends {@code :tag}).
 */
public final class EngineHttp {
  public static final ObjectMapper JSON = new ObjectMapper();

  private final DockerJavaGateway engine;
  private final DockerHttpClient http;

  public EngineHttp(DockerJavaGateway engine) {
    if (!(engine.client() instanceof DockerClientImpl impl)) {
      throw new IllegalStateException("the engine client is not docker-java's DockerClientImpl");
    }
    this.engine = engine;
    this.http = impl.getHttpClient();
  }

  /**
   * Sends a request (through the gateway, so a dead engine is one clear line). An answer other than 2xx
   * becomes an {@link EngineError} with the engine's words; the caller closes a successful response.
   */
  public Response send(Request request) {
    Response response = engine.call(() -> http.execute(request));
    int status = response.getStatusCode();
    if (status / 100 != 2) {
      try (response) {
        throw new EngineError(status, messageOf(response.getBody()), null);
      }
    }
    return response;
  }

  /** The {@code message} of an error answer, or its raw text. */
  public static String messageOf(InputStream body) {
    try {
      String text = new String(body.readAllBytes(), StandardCharsets.UTF_8).strip();
      JsonNode node = JSON.readTree(text);
      return node != null && node.hasNonNull("message") ? node.get("message").asText().strip() : text;
    } catch (IOException e) {
      return "the engine's answer could not be read (" + e.getMessage() + ")";
    }
  }

  /** {@code ?names=a&names=b}: a query parameter repeated for each value. */
  public static String query(String key, List<String> values) {
    return values.stream()
        .map(v -> key + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))
        .collect(Collectors.joining("&", "?", ""));
  }

  /** An image name as one path part: {@code localhost:5000/myapp:1} stays readable, anything odd is escaped. */
  public static String pathPart(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%2F", "/")
        .replace("%3A", ":")
        .replace("%40", "@");
  }
}
