package org.dockerlab.docker;

import com.github.dockerjava.api.exception.DockerException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

/** Turns docker-java's exceptions into the engine's own words, or into "the engine is not there". */
final class EngineErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineErrors() {}

  /** The engine's message without docker-java's "Status 404: {...}" wrapping. */
  static String message(DockerException e) {
    String raw = e.getMessage() == null ? "" : e.getMessage().trim();
    int brace = raw.indexOf('{');
    if (brace >= 0) {
      try {
        JsonNode node = JSON.readTree(raw.substring(brace));
        if (node.hasNonNull("message")) {
          return node.get("message").asText().trim();
        }
      } catch (IOException notJson) {
        // fall through to the raw text
      }
    }
    return raw.replaceFirst("^Status \\d+:\\s*", "");
  }

  /** True when the failure means nothing answers at the engine's address. */
  static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof SocketTimeoutException) {
        return true;
      }
      String name = t.getClass().getName();
      String msg = String.valueOf(t.getMessage());
      if (name.endsWith("LastErrorException")
          || name.endsWith("HttpHostConnectException")
          || msg.contains("No such file or directory")
          || msg.contains("Connection refused")
          || msg.contains("Broken pipe")) {
        return true;
      }
      if (t instanceof IOException && !(t.getCause() != null)) {
        return true;
      }
    }
    return false;
  }
}
