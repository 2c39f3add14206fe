package org.dockerlab.docker;

import java.time.Instant;
import java.util.Map;

/**
 * One of the engine's events ({@code docker events}), such as an image pushed or a container started.
 *
 * @param type what it happened to: {@code image}, {@code container}, {@code network}, {@code volume}...
 * @param action what happened: {@code pull}, {@code push}, {@code tag}, {@code delete}, {@code save}, {@code load},
 *     {@code create}, {@code start}, {@code die}...
 * @param id the object's ID or, for images, often the name the action used
 * @param attributes what the engine adds: {@code name}, {@code image}, labels...
 */
public record EngineEvent(String type, String action, String id, Map<String, String> attributes, Instant time) {
  public EngineEvent {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}
