package org.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Engine API requests on docker-java's own HTTP client, for answers its commands drop or reshape: the
 * engine's JSON untouched ({@code docker inspect}, {@code docker info}), the messages of
 * {@code POST /images/load}, the Untagged/Deleted list of {@code DELETE /images/{name}}, the events stream,
 * and {@code GET /images/get} with names as typed (its {@code saveImagesCmd} always appends {@code :tag}).
 */
final class EngineHttp {
  static final ObjectMapper JSON = new ObjectMapper();

  private final DockerHttpClient http;
  private final Supplier<DockerHttpClient> streaming;
  private final DockerJavaGateway gateway;

  /**
   * Requests go through the gateway's {@link DockerJavaGateway#call}, so that a dead engine is one clear line.
   *
   * @param streaming the client for archive streams ({@link StreamingHttpClient}), made on first use
   */
  EngineHttp(DockerHttpClient http, Supplier<DockerHttpClient> streaming, DockerJavaGateway gateway) {
    this.http = http;
    this.streaming = streaming;
    this.gateway = gateway;
  }

  /**
   * Sends a request; one with a streamed body (an archive) goes through the streaming client. An answer
   * other than 2xx becomes an {@link EngineError} with the engine's words; the caller closes a successful
   * response.
   */
  Response send(Request request) {
    return send(request, request.body() != null);
  }

  /**
   * A GET whose answer is an archive ({@code /images/get}, a container's export), through the streaming client:
   * its body, which closes the response when closed.
   */
  InputStream getStream(String path) {
    Response response = send(Request.builder().method(Request.Method.GET).path(path).build(), true);
    return new FilterInputStream(response.getBody()) {
      @Override
      public void close() {
        response.close();
      }
    };
  }

  private Response send(Request request, boolean stream) {
    DockerHttpClient client = stream ? streaming.get() : http;
    Response response = gateway.call(() -> client.execute(request));
    int status = response.getStatusCode();
    if (status / 100 != 2) {
      try (response) {
        throw new EngineError(status, messageOf(response.getBody()), null);
      }
    }
    return response;
  }

  Response get(String path) {
    return send(Request.builder().method(Request.Method.GET).path(path).build());
  }

  /** The engine's JSON for a GET, as it wrote it; empty on 404. */
  Optional<JsonNode> json(String path) {
    return gateway.call(() -> {
      try (Response response = get(path)) {
        return Optional.ofNullable(JSON.readTree(response.getBody()));
      } catch (EngineError e) {
        if (e.httpStatus() == 404) {
          return Optional.empty();
        }
        throw e;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The engine's JSON for a GET of an endpoint every engine the lab supports has; a 404 says which one is missing. */
  JsonNode requiredJson(String path) {
    String endpoint = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return json(path).orElseThrow(() -> new EngineError(404, "the engine has no " + endpoint, null));
  }

  /** The engine's JSON answer to a POST without a body. */
  JsonNode postJson(String path) {
    return gateway.call(() -> {
      try (Response response = send(Request.builder().method(Request.Method.POST).path(path).build())) {
        return JSON.readTree(response.getBody());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The engine's JSON answer to a POST of a JSON body ({@code POST /volumes/create}). */
  JsonNode postJson(String path, Object body) {
    byte[] bytes = json(body).getBytes(StandardCharsets.UTF_8);
    Request request = Request.builder().method(Request.Method.POST).path(path).putHeader("Content-Type", "application/json").bodyBytes(bytes).build();
    return gateway.call(() -> {
      try (Response response = send(request)) {
        return JSON.readTree(response.getBody());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A DELETE whose answer has no body worth reading. */
  void delete(String path) {
    gateway.call(() -> {
      try (Response response = send(Request.builder().method(Request.Method.DELETE).path(path).build())) {
        return null;
      }
    });
  }

  /** Filters as the engine reads them: {@code {"dangling":["true"]}}. */
  static String filters(Map<String, List<String>> filters) {
    try {
      return JSON.writeValueAsString(filters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The {@code message} of an error answer, or its raw text. */
  static String messageOf(InputStream body) {
    try {
      String text = new String(body.readAllBytes(), StandardCharsets.UTF_8).strip();
      JsonNode node = JSON.readTree(text);
      return node != null && node.hasNonNull("message") ? node.get("message").asText().strip() : text;
    } catch (IOException e) {
      return "the engine's answer could not be read (" + e.getMessage() + ")";
    }
  }

  /** {@code ?names=a&names=b}: a query parameter repeated for each value. */
  static String query(String key, List<String> values) {
    return values.stream()
        .map(v -> key + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))
        .collect(Collectors.joining("&", "?", ""));
  }

  /** A name as one path part: {@code localhost:5000/myapp:1} stays readable, anything odd is escaped. */
  static String pathPart(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%2F", "/")
        .replace("%3A", ":")
        .replace("%40", "@");
  }
}
