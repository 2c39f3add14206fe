package org.dockerlab.docker;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lab's view of the Docker Engine API. Everything outside this package talks to the engine
 * through this interface, never through docker-java itself.
 */
public interface DockerGateway extends AutoCloseable {

  /** The engine's version and platform; throws {@link EngineUnavailableException} when none answers. */
  EngineInfo info();

  Optional<ImageDetails> inspectImage(String reference);

  /** Pulls an image; throws a {@link org.dockerlab.errors.LabException} when the pull fails. */
  void pull(String reference, Duration timeout);

  /**
   * Builds an image from a tar build context (a Dockerfile at its root) and returns its ID.
   *
   * @param context the tar stream; read to its end
   */
  String build(InputStream context, String tag, Map<String, String> labels);

  void tag(String source, String target);

  void removeImage(String reference, boolean force);

  List<ContainerSummary> containers(boolean all);

  /** Every {@code repository:tag} in the engine, for completion. */
  List<String> imageReferences();

  @Override
  void close();

  /** A container by name or ID; empty when there is none. */
  Optional<ContainerDetails> inspectContainer(String name);

  // --- lessons: setup and cleanup actions ---

  /** Creates and starts a container; returns its ID. The image must be present (nothing is pulled). */
  String runContainer(ContainerSpec spec);

  /** Removes a container (with its anonymous volumes); {@code force} also stops a running one. */
  void removeContainer(String name, boolean force);

  /** The image as a docker archive ({@code docker save}); the caller closes the stream. */
  InputStream saveImage(String reference);

  /** Pushes an image to its registry with the given credentials (anonymous when null). */
  void push(String reference, org.dockerlab.docker.config.Credentials login, Duration timeout);

  // --- classroom bundles: several images in one archive ---

  /**
   * One docker archive holding all the given images ({@code docker save a b c}), names as typed; the caller
   * closes the stream, which also ends the request (so closing it early is how a save is cancelled).
   */
  InputStream saveImages(List<String> references);

  /**
   * Loads a docker archive ({@code docker load}) and returns the engine's messages, such as
   * {@code Loaded image: busybox:latest}, each also given to {@code eachLine} as it arrives.
   *
   * @throws EngineError with the engine's words when it refuses the archive
   */
  List<String> loadImages(InputStream archive, Consumer<String> eachLine);
}
