package org.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.CancelToken;

/**
 * The lab's one door to the Docker Engine API: the docker subcommands, lesson setup, checks, image
 * provisioning and the shell all talk to the engine through this interface, in the lab's own types (never
 * docker-java's). Engine refusals throw {@link EngineError} with the engine's words; no engine throws
 * {@link EngineUnavailableException}. Calls that stream block until the stream ends; their
 * {@link CancelToken} (Ctrl-C in the shell), or an interrupt, stops them with
 * {@link org.dockerlab.io.CancelledException}.
 */
public interface DockerGateway extends AutoCloseable {

  /**
   * Connects (lazily: nothing is sent until the first call) to the engine the locator finds.
   *
   * @param dockerConfig the DOCKER_CONFIG directory of the lab
   */
  static DockerGateway connect(EngineLocator locator, Path dockerConfig) {
    return DockerJavaGateway.connect(locator, dockerConfig);
  }

  // --- the engine ---

  /** The engine's version and platform ({@code docker version}). */
  EngineInfo info();

  /** The engine's own JSON for {@code GET /info} ({@code docker info}), every field in its order. */
  JsonNode systemInfo();

  /** The Engine API requests made through this gateway, for {@code trace on}. */
  ApiTrace trace();

  @Override
  void close();

  // --- images ---

  /**
   * The images, newest first, as {@code docker images} lists them.
   *
   * @param all also intermediate images
   * @param filters the engine's filters by key ({@code reference}, {@code dangling}, {@code label}...)
   */
  List<ImageSummary> images(boolean all, Map<String, List<String>> filters);

  /** Every {@code repository:tag} in the engine, sorted, for completion. */
  default List<String> imageReferences() {
    return images(false, Map.of()).stream()
        .flatMap(i -> i.repoTags().stream())
        .filter(t -> !t.startsWith("<none>"))
        .sorted()
        .toList();
  }

  /** An image by name or ID; empty when there is none. */
  Optional<ImageDetails> inspectImage(String reference);

  /** The engine's own JSON for an image ({@code docker inspect}); empty when there is none. */
  Optional<JsonNode> inspectImageJson(String reference);

  /**
   * Pulls an image. A registry on this machine that does not answer yet (just started) is waited for a few
   * seconds first, which {@code events} hears as {@link RegistryEvent.Waiting}.
   *
   * @param login the credentials for its registry, or null for none
   * @param timeout how long it may take at most, or null for no limit
   * @throws EngineError with the engine's words when the pull fails
   */
  void pull(String reference, Credentials login, Duration timeout, Consumer<RegistryEvent> events, CancelToken cancel);

  /** Pulls anonymously and quietly. */
  default void pull(String reference, Duration timeout) {
    pull(reference, null, timeout, event -> {}, CancelToken.none());
  }

  /**
   * Pushes an image to its registry; waits for a registry on this machine that is still starting, as
   * {@link #pull} does. Ends with the engine's {@code TAG: digest: sha256:... size: N} line.
   *
   * @param login the credentials for its registry, or null for none (anonymous)
   * @param timeout how long it may take at most, or null for no limit
   */
  void push(String reference, Credentials login, Duration timeout, Consumer<RegistryEvent> events, CancelToken cancel);

  /** Pushes quietly. */
  default void push(String reference, Credentials login, Duration timeout) {
    push(reference, login, timeout, event -> {}, CancelToken.none());
  }

  /**
   * Checks credentials with a registry ({@code docker login}: the engine asks the registry); waits for a
   * registry on this machine that is still starting, as {@link #pull} does.
   *
   * @param registry its key in config.json ({@code localhost:5000}, {@code https://index.docker.io/v1/})
   * @return the engine's status line, {@code Login Succeeded} or empty
   * @throws EngineError when the registry refuses them
   */
  String auth(String registry, Credentials login, Consumer<RegistryEvent> events);

  /**
   * Builds an image from a tar build context (a Dockerfile at its root) and returns its ID.
   *
   * @param context the tar stream; read to its end
   */
  String build(InputStream context, String tag, Map<String, String> labels);

  /**
   * Builds an image with the engine's classic builder ({@code docker build}) and returns its ID.
   *
   * @param context the build context as a tar; read to its end
   * @param output hears the builder's text as it comes ({@code Step 1/3 : FROM busybox})
   * @throws EngineError with the builder's words when a step fails or the Dockerfile is wrong
   */
  String buildImage(InputStream context, BuildSpec spec, Consumer<String> output, CancelToken cancel);

  void tag(String source, String target);

  /**
   * Removes an image or one of its names ({@code docker rmi}).
   *
   * @param noPrune keep untagged parents
   * @return the engine's report: the names taken off, the images deleted
   */
  List<ImageRemoval> removeImage(String reference, boolean force, boolean noPrune);

  default void removeImage(String reference, boolean force) {
    removeImage(reference, force, false);
  }

  /**
   * One docker archive holding all the given images ({@code docker save a b c}), names as typed; the caller
   * closes the stream, which also ends the request (so closing it early is how a save is cancelled).
   */
  InputStream saveImages(List<String> references);

  /** The image as a docker archive; the caller closes the stream. */
  default InputStream saveImage(String reference) {
    return saveImages(List.of(reference));
  }

  /**
   * Loads a docker archive ({@code docker load}) and returns the engine's messages, such as
   * {@code Loaded image: busybox:latest}, each also given to {@code eachLine} as it arrives.
   *
   * @param sent hears the number of bytes sent so far, as the upload goes
   * @throws EngineError with the engine's words when it refuses the archive
   */
  List<String> loadImages(InputStream archive, Consumer<String> eachLine, LongConsumer sent);

  default List<String> loadImages(InputStream archive, Consumer<String> eachLine) {
    return loadImages(archive, eachLine, bytes -> {});
  }

  /** The engine's JSON for an image's history ({@code docker history}): its layers' records, newest first; empty when there is no such image. */
  Optional<JsonNode> imageHistory(String reference);

  /**
   * Makes an image of a filesystem tar ({@code docker import}) and returns its ID.
   *
   * @param repository the image's name, or null for none
   * @param changes Dockerfile instructions to apply ({@code CMD ["sh"]}), as {@code --change} gives them
   * @throws EngineError with the engine's words when it refuses the tar
   */
  String importImage(InputStream tar, String repository, String tag, List<String> changes, String message);

  /**
   * Pushes every tag of a repository ({@code docker push --all-tags}); waits for a registry on this machine
   * that is still starting, as {@link #pull} does.
   */
  void pushAllTags(String repository, Credentials login, Consumer<RegistryEvent> events, CancelToken cancel);

  /**
   * Removes what no container uses, of one kind ({@code docker image prune}, {@code docker container prune}, the
   * parts of {@code docker system prune}); which ones the engine decides by its filters and API version. Returns
   * the engine's report (see {@link Prunable}).
   *
   * @param filters the engine's filters by key ({@code dangling} for images, {@code all} for volumes and the build
   *     cache, {@code label}, {@code until})
   */
  JsonNode prune(Prunable what, Map<String, List<String>> filters);

  /** The engine's disk usage report ({@code docker system df}): Images, Containers, Volumes, BuildCache, LayersSize. */
  JsonNode diskUsage();

  // --- volumes ---

  /**
   * The volumes ({@code docker volume ls}): the engine's {@code Volumes} array, each volume as it wrote it.
   *
   * @param filters the engine's filters by key ({@code name}, {@code label}, {@code dangling}, {@code driver})
   */
  JsonNode volumes(Map<String, List<String>> filters);

  /** The engine's own JSON for a volume ({@code docker volume inspect}); empty when there is none. */
  Optional<JsonNode> inspectVolume(String name);

  /**
   * Creates a volume ({@code docker volume create}); one that exists already is left as it is, as the engine
   * does. Returns the engine's JSON for it.
   *
   * @param name its name, or null for one the engine makes up
   * @param driver the volume driver, or null for {@code local}
   */
  JsonNode createVolume(String name, String driver, Map<String, String> options, Map<String, String> labels);

  /**
   * Removes a volume ({@code docker volume rm}).
   *
   * @param force no error when there is no such volume
   * @throws EngineError when a container uses it, or (without force) it does not exist
   */
  void removeVolume(String name, boolean force);


  // --- containers ---

  /**
   * The containers, as {@code docker ps} lists them.
   *
   * @param all also those not running
   * @param filters the engine's filters by key ({@code name}, {@code label}, {@code status}, {@code ancestor}...)
   */
  List<ContainerSummary> containers(boolean all, Map<String, List<String>> filters);

  default List<ContainerSummary> containers(boolean all) {
    return containers(all, Map.of());
  }

  /**
   * The engine's own JSON for the containers ({@code GET /containers/json}), newest first.
   *
   * @param size also each one's size ({@code SizeRw}, {@code SizeRootFs}), which the engine must compute
   */
  JsonNode containersJson(boolean all, boolean size, Map<String, List<String>> filters);

  /** A container's filesystem as a tar ({@code docker export}); the caller closes the stream, which ends the request. */
  InputStream exportContainer(String name);

  /** A container by name or ID; empty when there is none. */
  Optional<ContainerDetails> inspectContainer(String name);

  /** The engine's own JSON for a container ({@code docker inspect}); empty when there is none. */
  Optional<JsonNode> inspectContainerJson(String name);

  /** Creates a container and returns its ID; the image must be present (nothing is pulled). */
  String createContainer(ContainerSpec spec);

  /** Starts a container; one that runs already is left as it is. */
  void startContainer(String name);

  /**
   * Creates and starts a container and returns its ID. One that cannot start (its port is taken) is removed
   * again, so that it does not block its name for the next try.
   */
  default String runContainer(ContainerSpec spec) {
    String id = createContainer(spec);
    try {
      startContainer(id);
    } catch (LabException e) {
      removeContainer(id, true, true);
      throw e;
    }
    return id;
  }

  /**
   * {@code docker run} without {@code -d}: attaches to a created container (so no output is lost), starts
   * it, streams its output until it exits, and returns its exit code. Cancelling stops the streaming
   * ({@link org.dockerlab.io.CancelledException}) and leaves the container as it is.
   *
   * @param stdin what to feed its standard input (closed at the end, so it reads end-of-file), or null
   * @param untilRemoved the container was created with auto-remove: return once the engine removed it
   */
  int runAttached(String id, InputStream stdin, OutputSink output, boolean untilRemoved, CancelToken cancel);

  /**
   * Stops a running container (SIGTERM, then SIGKILL); one that is stopped already is left as it is.
   *
   * @param timeoutSeconds how long to wait before killing it, or null for the engine's default (10 s)
   */
  void stopContainer(String name, Integer timeoutSeconds);

  void killContainer(String name);

  /**
   * @param force also a running one (killed first)
   * @param volumes also its anonymous volumes
   */
  void removeContainer(String name, boolean force, boolean volumes);

  /** Removes a container with its anonymous volumes. */
  default void removeContainer(String name, boolean force) {
    removeContainer(name, force, true);
  }

  /** A container's output so far ({@code docker logs}), and with {@code follow} what comes until it stops. */
  void logs(String container, LogOptions options, OutputSink output, CancelToken cancel);

  /**
   * Runs a command in a running container ({@code docker exec}), streams its output until it ends, and
   * returns its exit code.
   *
   * @param stdin its standard input when {@link ExecSpec#interactive()}, else ignored
   */
  int exec(String container, ExecSpec spec, InputStream stdin, OutputSink output, CancelToken cancel);

  // --- interactive sessions (docker run -it, exec -it, attach, start -ai) ---

  /**
   * Connects to a container's streams as {@code docker attach} does: its output from now on and, with
   * {@code stdin}, its input. Made before the start for {@code docker run -it}, so nothing is lost.
   */
  ProcessStreams attach(String container, boolean stdin);

  /** Sizes a running container's TTY to the person's terminal. */
  void resize(String container, int columns, int rows);

  /** Starts waiting for a container's exit now; with {@code untilRemoved} until the engine removed it too. */
  ExitWatch watchExit(String container, boolean untilRemoved);

  /** Creates an exec instance in a running container and returns its ID. */
  String createExec(String container, ExecSpec spec);

  /** Starts an exec instance on a connection of its own, its input closable (so it reads end-of-file). */
  ProcessStreams startExec(String execId, boolean tty);

  /** Sizes an exec instance's TTY to the person's terminal. */
  void resizeExec(String execId, int columns, int rows);

  /** The exit code of an exec instance that ended. */
  int execExitCode(String execId);

  // --- events ---

  /**
   * Streams the engine's events ({@code docker events}) to {@code each}, on a thread of the gateway's, until
   * the filter's {@code until} has passed or the subscription is closed.
   */
  Subscription events(EventFilter filter, Consumer<EngineEvent> each);
}
