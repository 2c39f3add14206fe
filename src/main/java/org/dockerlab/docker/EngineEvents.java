package org.dockerlab.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code GET /events}, read on a thread of its own: each event as an {@link EngineEvent}, until the engine
 * ends the stream (past {@code until}) or the subscription is closed.
 */
final class EngineEvents implements Subscription {
  private final Response response;
  private final CountDownLatch ended = new CountDownLatch(1);

  private EngineEvents(Response response) {
    this.response = response;
  }

  static Subscription subscribe(EngineHttp http, EventFilter filter, Consumer<EngineEvent> each) {
    EngineEvents events = new EngineEvents(http.get("/events" + query(filter)));
    Thread reader = new Thread(() -> events.read(each), "dockerlab-events");
    reader.setDaemon(true);
    reader.start();
    return events;
  }

  private void read(Consumer<EngineEvent> each) {
    try (MappingIterator<JsonNode> items = EngineHttp.JSON.readerFor(JsonNode.class).readValues(response.getBody())) {
      while (items.hasNextValue()) {
        each.accept(event(items.nextValue()));
      }
    } catch (IOException | RuntimeException e) {
      // closed by the subscriber, or the engine went away: either way the stream is over
    } finally {
      response.close();
      ended.countDown();
    }
  }

  static EngineEvent event(JsonNode e) {
    JsonNode actor = e.path("Actor");
    Map<String, String> attributes = new LinkedHashMap<>();
    actor.path("Attributes").properties().forEach(a -> attributes.put(a.getKey(), a.getValue().asText()));
    Instant time = e.hasNonNull("timeNano") ? Instant.ofEpochSecond(0, e.get("timeNano").asLong()) : Instant.ofEpochSecond(e.path("time").asLong());
    String id = actor.hasNonNull("ID") ? actor.get("ID").asText() : e.path("id").asText(null);
    return new EngineEvent(e.path("Type").asText(null), e.path("Action").asText(null), id, attributes, time);
  }

  static String query(EventFilter filter) {
    List<String> parameters = new ArrayList<>();
    if (filter.since() != null) {
      parameters.add("since=" + timestamp(filter.since()));
    }
    if (filter.until() != null) {
      parameters.add("until=" + timestamp(filter.until()));
    }
    if (!filter.filters().isEmpty()) {
      try {
        String json = EngineHttp.JSON.writeValueAsString(filter.filters());
        parameters.add("filters=" + URLEncoder.encode(json, StandardCharsets.UTF_8));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
  }

  // the engine takes seconds with a fraction: 1700000000.000000001
  private static String timestamp(Instant t) {
    return t.getEpochSecond() + "." + String.format("%09d", t.getNano());
  }

  @Override
  public boolean awaitEnd(Duration timeout) {
    try {
      return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    response.close();
  }
}
