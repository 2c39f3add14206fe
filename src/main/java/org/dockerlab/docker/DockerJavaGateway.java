package org.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * The gateway on docker-java. The API version is not pinned: requests go without a version prefix and the
 * engine answers with its own, so the lab works with old (1.41) and current (1.44+) engines alike.
 */
public final class DockerJavaGateway implements DockerGateway {
  private final String host;
  private final boolean rootless;
  private final DockerClient client;
  private final ApiTrace trace;

  private DockerJavaGateway(String host, boolean rootless, DockerClient client, ApiTrace trace) {
    this.host = host;
    this.rootless = rootless;
    this.client = client;
    this.trace = trace;
  }

  /**
   * Connects (lazily: nothing is sent until the first call) to the engine the locator finds.
   *
   * @param dockerConfig the DOCKER_CONFIG directory whose credentials push and pull use
   */
  public static DockerJavaGateway connect(EngineLocator locator, Path dockerConfig) {
    EngineLocator.Endpoint endpoint = locator.endpoint().orElseThrow(EngineUnavailableException::notFound);
    String host = endpoint.host();
    DockerClientConfig config;
    try {
      config =
          DefaultDockerClientConfig.createDefaultConfigBuilder()
              .withDockerHost(host)
              .withDockerTlsVerify(endpoint.tlsCertDir().isPresent())
              .withDockerCertPath(endpoint.tlsCertDir().map(Path::toString).orElse(null))
              .withDockerConfig(dockerConfig.toString())
              .build();
    } catch (RuntimeException e) { // docker-java's word on a bad address or missing certificates
      throw new EngineUnavailableException("cannot use the Docker engine at " + endpoint + ": " + e.getMessage(), e);
    }
    DockerHttpClient http =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(config.getDockerHost())
            .sslConfig(config.getSSLConfig())
            .maxConnections(50)
            .connectionTimeout(Duration.ofSeconds(5))
            .build();
    ApiTrace trace = new ApiTrace();
    DockerClient client = DockerClientImpl.getInstance(config, new TracingHttpClient(http, trace));
    return new DockerJavaGateway(host, locator.isRootless(host), client, trace);
  }

  /** The Engine API requests made through this gateway, for {@code trace on}. */
  public ApiTrace trace() {
    return trace;
  }

  public String host() {
    return host;
  }

  /** docker-java itself, for the docker subcommands ({@code org.dockerlab.docker.commands}) only. */
  public DockerClient client() {
    return client;
  }

  /** Runs a call, turning "nothing answers" into one clear exception and engine errors into their words. */
  public <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (DockerException e) {
      throw new EngineError(e.getHttpStatus(), EngineErrors.message(e), e);
    } catch (LabException e) {
      throw e;
    } catch (RuntimeException e) {
      if (EngineErrors.isConnectionFailure(e)) {
        throw EngineUnavailableException.unreachable(host, e);
      }
      if (e instanceof IllegalArgumentException) {
        // docker-java checks arguments before sending; a name with a space, '>' or a broken character
        // cannot even become a request path
        boolean unsendable = e.getCause() instanceof java.net.URISyntaxException || String.valueOf(e.getMessage()).contains("surrogate");
        throw new LabException(ExitCode.BAD_INPUT, unsendable
            ? "invalid reference format: a name contains a character that cannot be sent to the engine"
            : "invalid argument: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  public void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  @Override
  public EngineInfo info() {
    Version v = call(() -> client.versionCmd().exec());
    boolean rootlessEngine = rootless;
    return new EngineInfo(host, v.getVersion(), v.getApiVersion(), v.getOperatingSystem(), v.getArch(), rootlessEngine);
  }

  @Override
  public Optional<ImageDetails> inspectImage(String reference) {
    try {
      InspectImageResponse r = call(() -> client.inspectImageCmd(reference).exec());
      Map<String, String> labels = r.getConfig() == null ? null : r.getConfig().getLabels();
      return Optional.of(
          new ImageDetails(r.getId(), r.getRepoTags(), r.getRepoDigests(), labels, r.getSize() == null ? 0 : r.getSize()));
    } catch (LabException e) {
      if (e instanceof EngineError engineError && engineError.httpStatus() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public void pull(String reference, Duration timeout) {
    ImageRef ref = ImageRef.parse(reference);
    run(
        () -> {
          try {
            boolean done =
                client
                    .pullImageCmd(ref.repository())
                    .withTag(ref.digest() != null ? ref.digest() : ref.tagOrLatest())
                    .exec(new PullImageResultCallback())
                    .awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
              throw new LabException(ExitCode.ENVIRONMENT, "pulling " + reference + " took longer than " + timeout.toSeconds() + " s");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException(ExitCode.FAILED, "pull of " + reference + " was interrupted", e);
          }
        });
  }

  @Override
  public String build(InputStream context, String tag, Map<String, String> labels) {
    return call(
        () ->
            client
                .buildImageCmd(context)
                .withTags(Set.of(tag))
                .withLabels(labels)
                .withPull(false)
                .withRemove(true)
                .withForcerm(true)
                .exec(new BuildImageResultCallback())
                .awaitImageId());
  }

  @Override
  public void tag(String source, String target) {
    ImageRef ref = ImageRef.parse(target);
    run(() -> client.tagImageCmd(source, ref.repository(), ref.tagOrLatest()).exec());
  }

  @Override
  public void removeImage(String reference, boolean force) {
    run(() -> client.removeImageCmd(reference).withForce(force).exec());
  }

  @Override
  public List<ContainerSummary> containers(boolean all) {
    List<Container> list = call(() -> client.listContainersCmd().withShowAll(all).exec());
    return list.stream().map(DockerJavaGateway::summary).toList();
  }

  @Override
  public List<String> imageReferences() {
    return call(() -> client.listImagesCmd().exec()).stream()
        .filter(i -> i.getRepoTags() != null)
        .flatMap(i -> Arrays.stream(i.getRepoTags()))
        .filter(t -> !t.startsWith("<none>"))
        .sorted()
        .toList();
  }

  static ContainerSummary summary(Container c) {
    String name = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0].replaceFirst("^/", "");
    List<ContainerSummary.PublishedPort> ports =
        c.getPorts() == null
            ? List.of()
            : Arrays.stream(c.getPorts())
                .filter(p -> p.getPublicPort() != null)
                .map(DockerJavaGateway::published)
                .toList();
    return new ContainerSummary(c.getId(), name, c.getImage(), c.getState(), ports, c.getLabels());
  }

  private static ContainerSummary.PublishedPort published(ContainerPort p) {
    return new ContainerSummary.PublishedPort(
        p.getIp(), p.getPublicPort(), p.getPrivatePort() == null ? 0 : p.getPrivatePort(), p.getType());
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (java.io.IOException e) {
      // closing a connection pool: nothing a person can act on
    }
  }

  @Override
  public Optional<ContainerDetails> inspectContainer(String name) {
    InspectContainerResponse r;
    try {
      r = call(() -> client.inspectContainerCmd(name).exec());
    } catch (EngineError e) {
      if (e.httpStatus() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    ContainerConfig config = r.getConfig();
    String state = r.getState() == null ? null : r.getState().getStatus();
    Ports live = r.getNetworkSettings() == null ? null : r.getNetworkSettings().getPorts();
    List<ContainerSummary.PublishedPort> ports = published(live);
    if (ports.isEmpty() && r.getHostConfig() != null) {
      // a stopped container has no live bindings; what it was created with is what the learner asked for
      ports = published(r.getHostConfig().getPortBindings());
    }
    return Optional.of(
        new ContainerDetails(
            r.getId(),
            r.getName() == null ? name : r.getName().replaceFirst("^/", ""),
            config == null ? null : config.getImage(),
            r.getImageId(),
            state,
            ports,
            config == null || config.getEnv() == null ? List.of() : Arrays.asList(config.getEnv()),
            config == null ? null : config.getLabels()));
  }

  private static List<ContainerSummary.PublishedPort> published(Ports ports) {
    if (ports == null || ports.getBindings() == null) {
      return List.of();
    }
    List<ContainerSummary.PublishedPort> result = new java.util.ArrayList<>();
    ports.getBindings().forEach(
        (exposed, bindings) -> {
          for (Ports.Binding b : bindings == null ? new Ports.Binding[0] : bindings) {
            String spec = b.getHostPortSpec();
            if (spec != null && spec.matches("\\d+")) {
              result.add(
                  new ContainerSummary.PublishedPort(
                      b.getHostIp(), Integer.parseInt(spec), exposed.getPort(), exposed.getProtocol().toString()));
            }
          }
        });
    return List.copyOf(result);
  }

  // --- lessons: setup and cleanup actions ---

  @Override
  public String runContainer(ContainerSpec spec) {
    String id = call(() -> ContainerRuns.create(client, spec).exec().getId());
    try {
      run(() -> client.startContainerCmd(id).exec());
    } catch (LabException e) {
      // A container that cannot start (port taken) would block its name for the next try.
      run(() -> client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec());
      throw e;
    }
    return id;
  }

  @Override
  public void removeContainer(String name, boolean force) {
    run(() -> client.removeContainerCmd(name).withForce(force).withRemoveVolumes(true).exec());
  }

  @Override
  public InputStream saveImage(String reference) {
    return call(() -> client.saveImageCmd(reference).exec());
  }

  @Override
  public void push(String reference, org.dockerlab.docker.config.Credentials login, Duration timeout) {
    ImageRef ref = ImageRef.parse(reference);
    PushStream stream = new PushStream();
    run(() -> {
      client.pushImageCmd(ref.repository()).withTag(ref.tagOrLatest()).withAuthConfig(PushStream.auth(ref, login)).exec(stream);
      stream.await(reference, timeout);
    });
    stream.throwIfFailed();
  }

  // --- classroom bundles: several images in one archive ---

  @Override
  public InputStream saveImages(List<String> references) {
    // docker-java's saveImagesCmd appends ":latest" to every name; the engine's own endpoint takes them as typed.
    Request request = Request.builder().method(Request.Method.GET).path("/images/get" + EngineHttp.query("names", references)).build();
    Response response = new EngineHttp(this).send(request);
    return new FilterInputStream(response.getBody()) {
      @Override
      public void close() {
        response.close();
      }
    };
  }

  @Override
  public List<String> loadImages(InputStream archive, Consumer<String> eachLine) {
    Request request =
        Request.builder()
            .method(Request.Method.POST)
            .path("/images/load?quiet=1")
            .putHeader("Content-Type", "application/x-tar")
            .body(archive)
            .build();
    List<String> lines = new ArrayList<>();
    String error = null;
    try (Response response = new EngineHttp(this).send(request);
        MappingIterator<JsonNode> messages = EngineHttp.JSON.readerFor(JsonNode.class).readValues(response.getBody())) {
      while (messages.hasNextValue()) {
        JsonNode m = messages.nextValue();
        if (m.hasNonNull("error")) {
          error = m.get("error").asText().strip();
        } else if (m.hasNonNull("stream")) {
          String line = m.get("stream").asText().stripTrailing();
          lines.add(line);
          eachLine.accept(line);
        }
      }
    } catch (IOException e) {
      throw new EngineError(500, "the engine's answer to the load could not be read (" + e.getMessage() + ")", e);
    }
    if (error != null) {
      // the engine reports a refused archive inside a 200 answer
      throw new EngineError(500, error, null);
    }
    return List.copyOf(lines);
  }
}
