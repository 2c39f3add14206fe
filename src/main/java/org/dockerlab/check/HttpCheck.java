package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.util.Map;
import org.dockerlab.host.LocalHosts;

/**
 * {@code type: http}: a local URL answers as expected, e.g. a registry's catalog lists a repository.
 *
 * <pre>
 * - type: http
 *   url: http://localhost:5000/v2/_catalog   # localhost, 127.0.0.1 or [::1] only
 *   status: 200                              # default 200
 *   contains: myapp                          # optional text in the body
 *   json: {pointer: /repositories, contains: myapp}   # optional; or {pointer: /x, equals: v}
 *   labCredentials: true                     # optional: Basic auth from config.json after a 401
 * </pre>
 */
public record HttpCheck(
    @JsonProperty(value = "url", required = true) String url,
    @JsonProperty("status") Integer status,
    @JsonProperty("contains") String contains,
    @JsonProperty("json") JsonExpectation json,
    @JsonProperty("labCredentials") Boolean labCredentials) implements Check {

  public HttpCheck {
    url = LocalHosts.requireLocalUrl("url", url).toString();
    status = status == null ? 200 : status;
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status: an HTTP status is between 100 and 599, not " + status);
    }
    labCredentials = labCredentials != null && labCredentials;
  }

  /** What the JSON body must hold at a JSON pointer: an array or text containing a value, or exactly a value. */
  public record JsonExpectation(
      @JsonProperty(value = "pointer", required = true) String pointer,
      @JsonProperty("contains") String contains,
      @JsonProperty("equals") String equalTo) {
    public JsonExpectation {
      if (pointer == null || !(pointer.isEmpty() || pointer.startsWith("/"))) {
        throw new IllegalArgumentException("json.pointer: a JSON pointer starts with /, e.g. /repositories, not '" + pointer + "'");
      }
      try {
        JsonPointer.compile(pointer);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("json.pointer: '" + pointer + "' is not a JSON pointer: " + e.getMessage());
      }
      if ((contains == null) == (equalTo == null)) {
        throw new IllegalArgumentException("json: give exactly one of contains or equals");
      }
    }

    String describe() {
      return pointer + (contains != null ? " contains " + contains : " equals " + equalTo);
    }

    boolean matches(JsonNode node) {
      if (node.isMissingNode()) {
        return false;
      }
      if (equalTo != null) {
        return node.isValueNode() ? node.asText().equals(equalTo) : node.toString().equals(equalTo);
      }
      if (node.isArray()) {
        for (JsonNode item : node) {
          if (item.asText().equals(contains)) {
            return true;
          }
        }
        return false;
      }
      return node.isObject() ? node.has(contains) : node.asText().contains(contains);
    }
  }

  @Override
  public String describe() {
    String what = contains != null ? " containing " + contains : json != null ? " with " + json.describe() : "";
    return url + " answers " + status + what;
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    URI uri = URI.create(url);
    String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    LocalHttp.Reply reply;
    try {
      reply = LocalHttp.get(uri, null, labCredentials ? ctx.dockerConfig() : null, hostPort);
    } catch (LocalHttp.NoAnswer e) {
      return CheckResult.failed(
          "nothing answers on " + hostPort + " (" + e.getMessage() + "): is the container running and publishing that port? docker ps",
          describe(),
          e.getMessage());
    } catch (LocalHttp.BadConfig e) {
      return CheckResult.failed(e.getMessage(), "a readable config.json", "a config.json that cannot be used");
    }
    if (reply.status() != status) {
      String why = reply.status() == 401 ? (reply.sentCredentials() ? ": the stored login was refused, log in again: docker login " + hostPort : ": it needs a login: docker login " + hostPort) : "";
      return CheckResult.failed(url + " answered " + reply.status() + ", not " + status + why, Integer.toString(status), reply.status() + " " + excerpt(reply.body()));
    }
    if (contains != null && !reply.body().contains(contains)) {
      return CheckResult.failed(url + " does not mention " + contains + " (it answered: " + excerpt(reply.body()) + ")", contains, excerpt(reply.body()));
    }
    if (json != null) {
      JsonNode body;
      try {
        body = Json.MAPPER.readTree(reply.body());
      } catch (JsonProcessingException e) {
        return CheckResult.failed(url + " did not answer with JSON (it answered: " + excerpt(reply.body()) + ")", "JSON", excerpt(reply.body()));
      }
      JsonNode node = body == null ? MissingNode.getInstance() : body.at(JsonPointer.compile(json.pointer()));
      if (!json.matches(node)) {
        String found = node.isMissingNode() ? "nothing at " + json.pointer() : node.toString();
        return CheckResult.failed(url + " answered " + excerpt(reply.body()) + ": expected " + json.describe(), json.describe(), excerpt(found));
      }
    }
    return CheckResult.passed(url + " answered " + reply.status(), Map.of("status", Integer.toString(reply.status())));
  }

  /** The start of a body, on one line. */
  static String excerpt(String body) {
    String line = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
