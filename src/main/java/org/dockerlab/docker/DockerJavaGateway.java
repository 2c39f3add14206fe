package org.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.ExecCreateCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.ListContainersCmd;
import com.github.dockerjava.api.command.ListImagesCmd;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.command.StopContainerCmd;
import com.github.dockerjava.api.command.SyncDockerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.WaitContainerCondition;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.SSLConfig;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.CancelledException;

/**
 * The gateway on docker-java. The API version is not pinned: requests go without a version prefix and the
 * engine answers with its own, so the lab works with old (1.41) and current (1.44+) engines alike.
 */
final class DockerJavaGateway implements DockerGateway {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private final String host;
  private final boolean rootless;
  private final DockerClient client;
  private final EngineHttp http;
  private final ApiTrace trace;
  private final StartingRegistry startingRegistry = StartingRegistry.overHttp(this::publishes);

  private final Supplier<DockerHttpClient> newStreaming;
  private DockerHttpClient streaming; // made on the first archive stream; guarded by this

  private DockerJavaGateway(
      String host, boolean rootless, DockerClient client, DockerHttpClient http, Supplier<DockerHttpClient> newStreaming, ApiTrace trace) {
    this.host = host;
    this.rootless = rootless;
    this.client = client;
    this.newStreaming = newStreaming;
    this.http = new EngineHttp(http, this::streaming, this);
    this.trace = trace;
  }

  private synchronized DockerHttpClient streaming() {
    if (streaming == null) {
      streaming = newStreaming.get();
    }
    return streaming;
  }

  static DockerJavaGateway connect(EngineLocator locator, Path dockerConfig) {
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
    ApiTrace trace = new ApiTrace();
    SSLConfig tls = config.getSSLConfig() == null && "unix".equals(config.getDockerHost().getScheme()) ? NoTls::new : config.getSSLConfig();
    DockerHttpClient http =
        new TracingHttpClient(
            new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(tls)
                .maxConnections(50)
                .connectionTimeout(CONNECT_TIMEOUT)
                .build(),
            trace);
    Supplier<DockerHttpClient> streaming =
        () -> new TracingHttpClient(new StreamingHttpClient(config.getDockerHost(), tls, CONNECT_TIMEOUT), trace);
    return new DockerJavaGateway(host, locator.isRootless(host), DockerClientImpl.getInstance(config, http), http, streaming, trace);
  }

  /**
   * The TLS context of a Unix socket, where TLS never happens: without one, the transport makes the
   * system's default context, which reads the whole trust store (0.2 s of a cold {@code grade --live}).
   * Any use of it fails.
   */
  private static final class NoTls extends SSLContext {
    NoTls() {
      super(null, null, "none");
    }
  }

  /** Runs a call, turning "nothing answers" into one clear exception and engine errors into their words. */
  <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (DockerException e) {
      throw new EngineError(e.getHttpStatus(), EngineErrors.message(e), e);
    } catch (LabException | CancelledException e) {
      throw e;
    } catch (RuntimeException e) {
      if (EngineErrors.isConnectionFailure(e)) {
        throw EngineUnavailableException.unreachable(host, e);
      }
      if (e instanceof IllegalArgumentException) {
        // docker-java checks arguments before sending; a name with a space, '>' or a broken character
        // cannot even become a request path
        boolean unsendable = e.getCause() instanceof URISyntaxException || String.valueOf(e.getMessage()).contains("surrogate");
        throw new LabException(ExitCode.BAD_INPUT, unsendable
            ? "invalid reference format: a name contains a character that cannot be sent to the engine"
            : "invalid argument: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  /** A call for something that may not exist: empty when the engine answers 404 (no such image or container). */
  private <T> Optional<T> found(Supplier<T> action) {
    try {
      return Optional.of(call(action));
    } catch (EngineError e) {
      if (e.httpStatus() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  // --- the engine ---

  @Override
  public EngineInfo info() {
    Version v = call(() -> client.versionCmd().exec());
    return new EngineInfo(
        host, v.getVersion(), v.getApiVersion(), v.getMinAPIVersion(), v.getGoVersion(), v.getGitCommit(),
        v.getOperatingSystem(), v.getArch(), v.getKernelVersion(), rootless);
  }

  @Override
  public JsonNode systemInfo() {
    return http.requiredJson("/info");
  }

  @Override
  public ApiTrace trace() {
    return trace;
  }

  @Override
  public void close() {
    try {
      client.close();
      synchronized (this) {
        if (streaming != null) {
          streaming.close();
        }
      }
    } catch (IOException e) {
      // closing a connection pool: nothing a person can act on
    }
  }

  // --- images ---

  @Override
  public List<ImageSummary> images(boolean all, Map<String, List<String>> filters) {
    return listed(client.listImagesCmd().withShowAll(all), ListImagesCmd::withFilter, filters, DockerJavaGateway::summary);
  }

  /** How a docker-java list command takes one key of the Engine API's {@code filters} (its list commands share no interface). */
  private interface Filtering<C> {
    void filter(C command, String key, Collection<String> values);
  }

  /** A docker-java listing (images, containers) with the API's filters, each item made into the gateway's summary. */
  private <C extends SyncDockerCmd<List<T>>, T, R> List<R> listed(
      C list, Filtering<C> filtering, Map<String, List<String>> filters, Function<T, R> summary) {
    filters.forEach((key, values) -> filtering.filter(list, key, values));
    return call(list::exec).stream().map(summary).toList();
  }

  private static ImageSummary summary(Image i) {
    return new ImageSummary(
        i.getId(),
        listOf(i.getRepoTags()),
        listOf(i.getRepoDigests()),
        orZero(i.getCreated()),
        orZero(i.getSize()),
        i.getLabels());
  }

  @Override
  public Optional<ImageDetails> inspectImage(String reference) {
    return found(() -> client.inspectImageCmd(reference).exec())
        .map(r -> {
          Map<String, String> labels = r.getConfig() == null ? null : r.getConfig().getLabels();
          return new ImageDetails(r.getId(), r.getRepoTags(), r.getRepoDigests(), labels, orZero(r.getSize()),
              r.getRootFS() == null ? null : r.getRootFS().getLayers());
        });
  }

  @Override
  public Optional<JsonNode> inspectImageJson(String reference) {
    return http.json("/images/" + EngineHttp.pathPart(reference) + "/json");
  }

  @Override
  public void pull(String reference, Credentials login, Duration timeout, Consumer<RegistryEvent> events, CancelToken cancel) {
    ImageRef ref = ImageRef.parse(reference);
    startingRegistry.awaitIfStarting(ref.registry(), events);
    ProgressStream<PullResponseItem> stream = new ProgressStream<>(events);
    run(() -> {
      client
          .pullImageCmd(ref.repository())
          .withTag(ref.digest() != null ? ref.digest() : ref.tagOrLatest())
          .withAuthConfig(auth(ref.authKey(), login))
          .exec(stream);
      Waits.completion(stream, timeout, () -> tooLong("pulling", reference, timeout), cancel);
    });
    stream.throwIfFailed();
  }

  @Override
  public void push(String reference, Credentials login, Duration timeout, Consumer<RegistryEvent> events, CancelToken cancel) {
    ImageRef ref = ImageRef.parse(reference);
    startingRegistry.awaitIfStarting(ref.registry(), events);
    ProgressStream<PushResponseItem> stream = new ProgressStream<>(events);
    run(() -> {
      client.pushImageCmd(ref.repository()).withTag(ref.tagOrLatest()).withAuthConfig(auth(ref.authKey(), login)).exec(stream);
      Waits.completion(stream, timeout, () -> tooLong("pushing", reference, timeout), cancel);
    });
    stream.throwIfFailed();
  }

  private static LabException tooLong(String doing, String reference, Duration timeout) {
    return new LabException(ExitCode.ENVIRONMENT, doing + " " + reference + " took longer than " + timeout.toSeconds() + " s");
  }

  @Override
  public String auth(String registry, Credentials login, Consumer<RegistryEvent> events) {
    startingRegistry.awaitIfStarting(registry, events);
    String status = call(() -> client.authCmd().withAuthConfig(auth(registry, login)).exec()).getStatus();
    return status == null ? "" : status;
  }

  /** Always explicit (anonymous when no login), so docker-java never falls back to credentials of its own. */
  private static AuthConfig auth(String registry, Credentials login) {
    AuthConfig auth = new AuthConfig().withRegistryAddress(registry);
    return login == null ? auth : auth.withUsername(login.username()).withPassword(new String(login.password()));
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
  public String buildImage(InputStream context, BuildSpec spec, Consumer<String> output, CancelToken cancel) {
    StringBuilder path = new StringBuilder("/build?rm=1&forcerm=1&dockerfile=").append(EngineHttp.encode(spec.dockerfile()));
    spec.tags().forEach(t -> path.append("&t=").append(EngineHttp.encode(t)));
    if (!spec.buildArgs().isEmpty()) {
      path.append("&buildargs=").append(EngineHttp.encode(EngineHttp.json(spec.buildArgs())));
    }
    if (!spec.labels().isEmpty()) {
      path.append("&labels=").append(EngineHttp.encode(EngineHttp.json(spec.labels())));
    }
    path.append(spec.noCache() ? "&nocache=1" : "").append(spec.quiet() ? "&q=1" : "");
    Request request =
        Request.builder()
            .method(Request.Method.POST)
            .path(path.toString())
            .putHeader("Content-Type", "application/x-tar")
            .body(context)
            .build();
    String id = null;
    try (Response response = http.send(request)) {
      cancel.onCancel(response);
      try (MappingIterator<JsonNode> messages = EngineHttp.JSON.readerFor(JsonNode.class).readValues(response.getBody())) {
        while (messages.hasNextValue()) {
          JsonNode m = messages.nextValue();
          if (m.hasNonNull("error")) {
            throw new EngineError(500, m.get("error").asText().strip(), null);
          }
          if (m.path("aux").hasNonNull("ID")) {
            id = m.path("aux").get("ID").asText();
          }
          if (m.hasNonNull("stream")) {
            String text = m.get("stream").asText();
            if (spec.quiet() && text.strip().matches("sha256:[0-9a-f]{64}")) {
              id = text.strip(); // a quiet build's only word is the image's ID
            }
            output.accept(text);
          }
        }
      }
    } catch (IOException e) {
      cancel.check();
      throw new EngineError(500, "the builder's answer could not be read (" + e.getMessage() + ")", e);
    }
    cancel.check();
    if (id == null) {
      throw new EngineError(500, "the builder did not say which image it built", null);
    }
    return id;
  }

  @Override
  public void tag(String source, String target) {
    ImageRef ref = ImageRef.parse(target);
    run(() -> client.tagImageCmd(source, ref.repository(), ref.tagOrLatest()).exec());
  }

  @Override
  public List<ImageRemoval> removeImage(String reference, boolean force, boolean noPrune) {
    String path = "/images/" + EngineHttp.pathPart(reference) + "?force=" + force + "&noprune=" + noPrune;
    return call(() -> {
      List<ImageRemoval> report = new ArrayList<>();
      try (Response response = http.send(Request.builder().method(Request.Method.DELETE).path(path).build())) {
        for (JsonNode item : EngineHttp.JSON.readTree(response.getBody())) {
          if (item.hasNonNull("Untagged")) {
            report.add(new ImageRemoval(ImageRemoval.Kind.UNTAGGED, item.get("Untagged").asText()));
          }
          if (item.hasNonNull("Deleted")) {
            report.add(new ImageRemoval(ImageRemoval.Kind.DELETED, item.get("Deleted").asText()));
          }
        }
      } catch (IOException e) {
        throw new EngineError(500, "the engine's answer to the removal could not be read (" + e.getMessage() + ")", e);
      }
      return List.copyOf(report);
    });
  }

  @Override
  public InputStream saveImages(List<String> references) {
    return http.getStream("/images/get" + EngineHttp.query("names", references));
  }

  @Override
  public List<String> loadImages(InputStream archive, Consumer<String> eachLine, LongConsumer sent) {
    Request request =
        Request.builder()
            .method(Request.Method.POST)
            .path("/images/load?quiet=1")
            .putHeader("Content-Type", "application/x-tar")
            .body(new Counted(archive, sent))
            .build();
    List<String> lines = new ArrayList<>();
    String error = null;
    try (Response response = http.send(request);
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

  /** The archive as it is uploaded, counted. */
  private static final class Counted extends FilterInputStream {
    private final LongConsumer sent;
    private long total;

    Counted(InputStream in, LongConsumer sent) {
      super(in);
      this.sent = sent;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        sent.accept(++total);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        total += n;
        sent.accept(total);
      }
      return n;
    }
  }

  @Override
  public Optional<JsonNode> imageHistory(String reference) {
    return http.json("/images/" + EngineHttp.pathPart(reference) + "/history");
  }

  @Override
  public String importImage(InputStream tar, String repository, String tag, List<String> changes, String message) {
    StringBuilder query = new StringBuilder("/images/create?fromSrc=-");
    if (repository != null) {
      query.append("&repo=").append(EngineHttp.encode(repository));
      if (tag != null) {
        query.append("&tag=").append(EngineHttp.encode(tag));
      }
    }
    changes.forEach(c -> query.append("&changes=").append(EngineHttp.encode(c)));
    if (message != null) {
      query.append("&message=").append(EngineHttp.encode(message));
    }
    Request request =
        Request.builder()
            .method(Request.Method.POST)
            .path(query.toString())
            .putHeader("Content-Type", "application/x-tar")
            .body(tar)
            .build();
    String id = null;
    try (Response response = http.send(request);
        MappingIterator<JsonNode> messages = EngineHttp.JSON.readerFor(JsonNode.class).readValues(response.getBody())) {
      while (messages.hasNextValue()) {
        JsonNode m = messages.nextValue();
        if (m.hasNonNull("error")) {
          // the engine reports a refused tar inside a 200 answer
          throw new EngineError(500, m.get("error").asText().strip(), null);
        }
        if (m.hasNonNull("status")) {
          id = m.get("status").asText().strip();
        }
      }
    } catch (IOException e) {
      throw new EngineError(500, "the engine's answer to the import could not be read (" + e.getMessage() + ")", e);
    }
    if (id == null) {
      throw new EngineError(500, "the engine did not say which image it made of the tar", null);
    }
    return id;
  }

  @Override
  public void pushAllTags(String repository, Credentials login, Consumer<RegistryEvent> events, CancelToken cancel) {
    ImageRef ref = ImageRef.parse(repository);
    startingRegistry.awaitIfStarting(ref.registry(), events);
    ProgressStream<PushResponseItem> stream = new ProgressStream<>(events);
    // without a tag the engine pushes every tag of the repository, in one stream
    run(() -> {
      client.pushImageCmd(ref.repository()).withAuthConfig(auth(ref.authKey(), login)).exec(stream);
      Waits.completion(stream, null, null, cancel);
    });
    stream.throwIfFailed();
  }

  @Override
  public JsonNode prune(Prunable what, Map<String, List<String>> filters) {
    Map<String, List<String>> byKey = new LinkedHashMap<>(filters);
    String all = "";
    if (what == Prunable.BUILD_CACHE && byKey.containsKey("all")) {
      // the build cache takes all as a parameter of its own, not a filter
      all = "all=" + byKey.remove("all").contains("true") + "&";
    }
    return http.postJson(what.endpoint() + "?" + all + "filters=" + EngineHttp.encode(EngineHttp.filters(byKey)));
  }

  @Override
  public JsonNode diskUsage() {
    return http.requiredJson("/system/df");
  }

  // --- containers ---

  /** Whether a running container publishes this host port. */
  private boolean publishes(int port) {
    return !containers(false, Map.of("publish", List.of(Integer.toString(port)))).isEmpty();
  }

  @Override
  public List<ContainerSummary> containers(boolean all, Map<String, List<String>> filters) {
    return listed(client.listContainersCmd().withShowAll(all), ListContainersCmd::withFilter, filters, DockerJavaGateway::summary);
  }

  private static ContainerSummary summary(Container c) {
    List<ContainerSummary.PublishedPort> ports =
        c.getPorts() == null ? List.of() : Arrays.stream(c.getPorts()).map(DockerJavaGateway::port).toList();
    return new ContainerSummary(
        c.getId(),
        listOf(c.getNames()),
        c.getImage(),
        c.getCommand(),
        orZero(c.getCreated()),
        c.getState(),
        c.getStatus(),
        ports,
        c.getLabels());
  }

  // docker-java leaves what the engine omitted null: absent lists are empty, absent numbers zero.

  private static List<String> listOf(String[] values) {
    return values == null ? List.of() : Arrays.asList(values);
  }

  private static long orZero(Long n) {
    return n == null ? 0 : n;
  }

  private static int orZero(Integer n) {
    return n == null ? 0 : n;
  }

  private static ContainerSummary.PublishedPort port(ContainerPort p) {
    return new ContainerSummary.PublishedPort(
        p.getIp(), orZero(p.getPublicPort()), orZero(p.getPrivatePort()), p.getType());
  }

  @Override
  public JsonNode volumes(Map<String, List<String>> filters) {
    String path = "/volumes" + (filters.isEmpty() ? "" : "?filters=" + EngineHttp.encode(EngineHttp.filters(filters)));
    JsonNode answer = http.requiredJson(path);
    return answer.path("Volumes").isArray() ? answer.get("Volumes") : EngineHttp.JSON.createArrayNode();
  }

  @Override
  public Optional<JsonNode> inspectVolume(String name) {
    return http.json("/volumes/" + EngineHttp.pathPart(name));
  }

  @Override
  public JsonNode createVolume(String name, String driver, Map<String, String> options, Map<String, String> labels) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (name != null) {
      body.put("Name", name);
    }
    body.put("Driver", driver == null ? "local" : driver);
    body.put("DriverOpts", options == null ? Map.of() : options);
    body.put("Labels", labels == null ? Map.of() : labels);
    return http.postJson("/volumes/create", body);
  }

  @Override
  public void removeVolume(String name, boolean force) {
    http.delete("/volumes/" + EngineHttp.pathPart(name) + "?force=" + force);
  }

  @Override
  public JsonNode containersJson(boolean all, boolean size, Map<String, List<String>> filters) {
    String path = "/containers/json?all=" + all + "&size=" + size + "&filters=" + EngineHttp.encode(EngineHttp.filters(filters));
    return http.requiredJson(path);
  }

  @Override
  public InputStream exportContainer(String name) {
    return http.getStream("/containers/" + EngineHttp.pathPart(name) + "/export");
  }

  @Override
  public Optional<ContainerDetails> inspectContainer(String name) {
    Optional<InspectContainerResponse> inspected = found(() -> client.inspectContainerCmd(name).exec());
    if (inspected.isEmpty()) {
      return Optional.empty();
    }
    InspectContainerResponse r = inspected.get();
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
            config == null ? List.of() : listOf(config.getEnv()),
            config == null ? null : config.getLabels(),
            mounts(r.getMounts()),
            created(r.getCreated())));
  }

  private static List<ContainerDetails.MountPoint> mounts(List<InspectContainerResponse.Mount> mounts) {
    if (mounts == null) {
      return List.of();
    }
    return mounts.stream()
        .map(m -> new ContainerDetails.MountPoint(
            m.getName() == null || m.getName().isEmpty() ? "bind" : "volume",
            m.getName() == null || m.getName().isEmpty() ? null : m.getName(),
            m.getSource(),
            m.getDestination() == null ? null : m.getDestination().getPath()))
        .toList();
  }

  private static Instant created(String created) {
    try {
      return created == null ? null : Instant.parse(created);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<ContainerSummary.PublishedPort> published(Ports ports) {
    if (ports == null || ports.getBindings() == null) {
      return List.of();
    }
    List<ContainerSummary.PublishedPort> result = new ArrayList<>();
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

  @Override
  public Optional<JsonNode> inspectContainerJson(String name) {
    return http.json("/containers/" + EngineHttp.pathPart(name) + "/json");
  }

  @Override
  public String createContainer(ContainerSpec spec) {
    try (CreateContainerCmd create = ContainerRuns.create(client, spec)) {
      return call(() -> create.exec().getId());
    }
  }

  @Override
  public void startContainer(String name) {
    run(() -> {
      try {
        client.startContainerCmd(name).exec();
      } catch (NotModifiedException alreadyRunning) {
        // the CLI treats a container that runs already as started
      }
    });
  }

  @Override
  public int runAttached(String id, InputStream stdin, OutputSink output, boolean untilRemoved, CancelToken cancel) {
    Frames frames = call(() -> client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true).exec(new Frames(output)));
    if (stdin != null) {
      StdinFeeder.attach(host, id, stdin);
    }
    // registered before the start, so that a container the engine removes at once still reports its code;
    // with auto-remove it returns once the container is gone, as the CLI does, so the next `docker ps -a` agrees
    WaitContainerCondition until = untilRemoved ? WaitContainerCondition.REMOVED : WaitContainerCondition.NEXT_EXIT;
    WaitContainerResultCallback exit =
        call(() -> client.waitContainerCmd(id).withCondition(until).exec(new WaitContainerResultCallback()));
    try {
      run(() -> Waits.started(frames, cancel));
      run(() -> Waits.started(exit, cancel));
      run(() -> client.startContainerCmd(id).exec());
    } catch (LabException | CancelledException e) {
      Waits.closeQuietly(frames);
      Waits.closeQuietly(exit);
      throw e;
    }
    try {
      run(() -> Waits.completion(frames, null, null, cancel));
    } catch (CancelledException e) {
      Waits.closeQuietly(exit);
      throw e;
    }
    return call(exit::awaitStatusCode);
  }

  @Override
  public void stopContainer(String name, Integer timeoutSeconds) {
    run(() -> {
      StopContainerCmd stop = client.stopContainerCmd(name);
      if (timeoutSeconds != null) {
        stop.withTimeout(timeoutSeconds);
      }
      try {
        stop.exec();
      } catch (NotModifiedException alreadyStopped) {
        // the CLI treats a container that was stopped already as stopped
      }
    });
  }

  @Override
  public void killContainer(String name) {
    run(() -> client.killContainerCmd(name).exec());
  }

  @Override
  public void removeContainer(String name, boolean force, boolean volumes) {
    run(() -> client.removeContainerCmd(name).withForce(force).withRemoveVolumes(volumes).exec());
  }

  @Override
  public void logs(String container, LogOptions options, OutputSink output, CancelToken cancel) {
    LogContainerCmd logs =
        client.logContainerCmd(container)
            .withStdOut(true)
            .withStdErr(true)
            .withFollowStream(options.follow())
            .withTimestamps(options.timestamps());
    if (options.tail() == null) {
      logs.withTailAll();
    } else {
      logs.withTail(options.tail());
    }
    Frames frames = call(() -> logs.exec(new Frames(output)));
    run(() -> Waits.completion(frames, null, null, cancel));
  }

  @Override
  public int exec(String container, ExecSpec spec, InputStream stdin, OutputSink output, CancelToken cancel) {
    String execId = createExec(container, spec);
    if (!spec.interactive()) {
      Frames frames = call(() -> client.execStartCmd(execId).withTty(spec.tty()).exec(new Frames(output)));
      run(() -> Waits.completion(frames, null, null, cancel));
      return execExitCode(execId);
    }
    // its input on a connection of ours, half-closed at the end, so `exec -i x cat < file` ends
    try (ProcessStreams streams = startExec(execId, spec.tty())) {
      cancel.onCancel(streams);
      Thread feeder = new Thread(() -> {
        try {
          stdin.transferTo(streams.stdin());
        } catch (IOException e) {
          // the process ended first: the rest of the input has no reader, as with the CLI
        }
        streams.closeStdin();
      }, "dockerlab-exec-stdin");
      feeder.setDaemon(true);
      feeder.start();
      try {
        streams.copyOutput(output);
      } catch (IOException e) {
        // the reader of the output went away (a closed pipe): stop, as the CLI does
      }
      cancel.check();
    }
    return execExitCode(execId);
  }

  // --- interactive sessions ---

  @Override
  public ProcessStreams attach(String container, boolean stdin) {
    InspectContainerResponse found = found(() -> client.inspectContainerCmd(container).exec())
        .orElseThrow(() -> new EngineError(404, "No such container: " + container, null));
    Boolean tty = found.getConfig() == null ? null : found.getConfig().getTty();
    String path = "/containers/" + found.getId() + "/attach?stream=1&stdout=1&stderr=1&stdin=" + (stdin ? 1 : 0);
    return new HijackedStreams(Hijack.open(host, path, null), Boolean.TRUE.equals(tty));
  }

  @Override
  public void resize(String container, int columns, int rows) {
    run(() -> client.resizeContainerCmd(container).withSize(rows, columns).exec());
  }

  @Override
  public ExitWatch watchExit(String container, boolean untilRemoved) {
    WaitContainerCondition until = untilRemoved ? WaitContainerCondition.REMOVED : WaitContainerCondition.NEXT_EXIT;
    WaitContainerResultCallback exit =
        call(() -> client.waitContainerCmd(container).withCondition(until).exec(new WaitContainerResultCallback()));
    run(() -> Waits.started(exit, CancelToken.none()));
    return new ExitWatch() {
      @Override
      public int exitCode() {
        return call(exit::awaitStatusCode);
      }

      @Override
      public void close() {
        Waits.closeQuietly(exit);
      }
    };
  }

  @Override
  public String createExec(String container, ExecSpec spec) {
    ExecCreateCmd create =
        client.execCreateCmd(container)
            .withCmd(spec.command().toArray(String[]::new))
            .withAttachStdout(true)
            .withAttachStderr(true)
            .withAttachStdin(spec.interactive())
            .withTty(spec.tty())
            .withEnv(spec.env());
    if (spec.workdir() != null) {
      create.withWorkingDir(spec.workdir());
    }
    if (spec.user() != null) {
      create.withUser(spec.user());
    }
    return call(() -> create.exec().getId());
  }

  @Override
  public ProcessStreams startExec(String execId, boolean tty) {
    return new HijackedStreams(Hijack.open(host, "/exec/" + execId + "/start", "{\"Detach\":false,\"Tty\":" + tty + "}"), tty);
  }

  @Override
  public void resizeExec(String execId, int columns, int rows) {
    run(() -> client.resizeExecCmd(execId).withSize(rows, columns).exec());
  }

  @Override
  public int execExitCode(String execId) {
    Long code = call(() -> client.inspectExecCmd(execId).exec()).getExitCodeLong();
    return code == null ? 0 : code.intValue();
  }

  // --- events ---

  @Override
  public Subscription events(EventFilter filter, Consumer<EngineEvent> each) {
    return EngineEvents.subscribe(http, filter, each);
  }
}
