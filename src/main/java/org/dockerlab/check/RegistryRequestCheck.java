package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dockerlab.docker.ContainerName;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.LogOptions;
import org.dockerlab.docker.OutputSink;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.CancelToken;

/**
 * {@code type: registry-request}: the registry was asked, since the lesson began, for this method and path,
 * and answered with this status. The evidence is the registry's own access log (its container's output), so
 * any HTTP client counts ({@code curl}, {@code wget}, a script, another terminal), and so do {@code localhost},
 * {@code 127.0.0.1} and any flag order; typing the URL, {@code echo curl ...} or a request that never
 * reached the registry does not. Requests made by the engine itself ({@code docker push}, {@code pull},
 * {@code login}) and by the lab's own checks do not count: the step is about asking by hand.
 *
 * <pre>
 * - type: registry-request
 *   container: registry                          # default registry
 *   method: [GET, HEAD]                          # default GET; one or a list
 *   endpoint: /v2/myapp/manifests/{digest}       # the path asked for, the query aside; {digest} is any sha256 digest,
 *                                                # {reference} a tag or a digest
 *   status: 202                                  # default 200; one or a list
 *   describe: delete the manifest by its digest
 * </pre>
 */
public record RegistryRequestCheck(
    @JsonProperty("container") String container,
    @JsonProperty("method") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> method,
    @JsonProperty(value = "endpoint", required = true) String endpoint,
    @JsonProperty("status") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Integer> status,
    @JsonProperty(value = "describe", required = true) String describe) implements Check {
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
  private static final String DIGEST = "sha256:[0-9a-f]{64}";
  private static final String TAG = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";

  /** The access log line the registry writes for each request (the combined log format), after docker's timestamp. */
  private static final Pattern LINE =
      Pattern.compile("^(\\S+) \\S+ \\S+ \\[[^\\]]*\\] \"([A-Z]+) (\\S+) [^\"]*\" (\\d{3}) \\S+ \"[^\"]*\" \"(.*)\"\\s*$");

  /** Clients that are not the learner's: the engine's pushes and pulls, the lab's own checks and probes. */
  private static final List<String> NOT_BY_HAND = List.of("docker/", LocalHttp.USER_AGENT, "Java-http-client/", "Go-http-client/");

  public RegistryRequestCheck {
    container = container == null ? "registry" : container;
    ContainerName.require("container", container);
    method = method == null || method.isEmpty() ? List.of("GET") : method.stream().map(m -> m == null ? "" : m.toUpperCase(Locale.ROOT)).toList();
    for (String m : method) {
      if (!METHODS.contains(m)) {
        throw new IllegalArgumentException("method: one of GET, HEAD, POST, PUT, PATCH, DELETE, not '" + m + "'");
      }
    }
    if (endpoint == null || !endpoint.startsWith("/v2/") && !endpoint.equals("/v2")) {
      throw new IllegalArgumentException("endpoint: a registry API path starting with /v2/, like /v2/_catalog, not '" + endpoint + "'");
    }
    if (endpoint.contains("?") || endpoint.contains(" ")) {
      throw new IllegalArgumentException("endpoint: the path only, without a query or spaces: '" + endpoint + "'");
    }
    status = status == null || status.isEmpty() ? List.of(200) : List.copyOf(status);
    for (Integer s : status) {
      if (s == null || s < 100 || s > 599) {
        throw new IllegalArgumentException("status: an HTTP status is between 100 and 599, not " + s);
      }
    }
    Tries.requireDescribe(describe, "what the learner should ask the registry");
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    List<Request> log;
    try {
      Optional<List<Request>> read = accessLog(ctx.engine(), container);
      if (read.isEmpty()) {
        return CheckResult.failed(
            "there is no container named " + container + ": start the registry first (docker ps -a shows what there is)",
            "a registry container named " + container,
            "no container " + container);
      }
      log = read.get();
    } catch (LabException e) {
      return CheckResult.error("could not read the log of " + container + ": " + e.getMessage());
    }
    Instant since = ctx.evidence().since();
    Pattern wanted = pathPattern();
    Request near = null;
    for (int i = log.size() - 1; i >= 0; i--) {
      Request r = log.get(i);
      if (r.time() != null && r.time().isBefore(since) || !r.byHand() || !method.contains(r.method()) || !wanted.matcher(r.path()).matches()) {
        continue;
      }
      if (status.contains(r.status())) {
        String what = r.method() + " " + r.path() + " answered " + r.status();
        return CheckResult.passed("the registry's log shows " + what + " (" + r.client() + ")", Map.of("request", what, "client", r.client()));
      }
      near = near == null ? r : near;
    }
    String expected = String.join("/", method) + " " + endpoint + " answered " + join(status);
    if (near != null) {
      return CheckResult.failed(
          "you asked " + near.method() + " " + near.path() + " and the registry answered " + near.status() + ", not " + join(status) + why(near.status()) + ": " + describe,
          expected,
          near.method() + " " + near.path() + " answered " + near.status());
    }
    Optional<Request> other = log.stream().filter(r -> !(r.time() != null && r.time().isBefore(since)) && r.byHand()).reduce((a, b) -> b);
    String found = other.map(r -> "last request by hand: " + r.method() + " " + r.path() + " answered " + r.status()).orElse("no request by hand since the lesson began");
    return CheckResult.failed("not done yet: " + describe + " (the registry's log: " + found + ")", expected, found);
  }

  /** What a status the learner got usually means. */
  private static String why(int status) {
    return switch (status) {
      case 401 -> " (401: the registry wants credentials, e.g. curl -u USER:PASSWORD)";
      case 404 -> " (404: no such repository, tag or digest there; check the name, and the digest to the last digit)";
      case 400 -> " (400: the registry refused the request as written; a DELETE of a manifest needs its digest, not a tag)";
      case 405 -> " (405: the registry does not allow this; deleting needs REGISTRY_STORAGE_DELETE_ENABLED=true)";
      default -> "";
    };
  }

  private static String join(List<Integer> statuses) {
    return String.join(" or ", statuses.stream().map(String::valueOf).toList());
  }

  private Pattern pathPattern() {
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{digest\\}|\\{reference\\}").matcher(endpoint);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(endpoint.substring(last, m.start())));
      regex.append(m.group().equals("{digest}") ? DIGEST : "(?:" + DIGEST + "|" + TAG + ")");
      last = m.end();
    }
    regex.append(Pattern.quote(endpoint.substring(last)));
    // /v2 and /v2/ are one endpoint; a trailing slash elsewhere is the client's spelling
    return Pattern.compile(regex + "/?");
  }

  /** The container's access log, oldest first; empty when there is no such container. */
  static Optional<List<Request>> accessLog(DockerGateway engine, String container) {
    if (engine.inspectContainer(container).isEmpty()) {
      return Optional.empty();
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    OutputSink sink =
        new OutputSink() {
          @Override
          public void stdout(byte[] bytes) {
            all.writeBytes(bytes);
          }

          @Override
          public void stderr(byte[] bytes) {
            all.writeBytes(bytes);
          }
        };
    engine.logs(container, new LogOptions(false, null, true), sink, CancelToken.none());
    List<Request> requests = new ArrayList<>();
    for (String line : all.toString(StandardCharsets.UTF_8).split("\n")) {
      Request.parse(line).ifPresent(requests::add);
    }
    return Optional.of(requests);
  }

  /** One request of the access log. */
  record Request(Instant time, String method, String path, int status, String client) {
    /** Parses {@code [TIMESTAMP ]IP - USER [date] "GET /v2/ HTTP/1.1" 200 2 "" "curl/7.88.1"}; the query is dropped. */
    static Optional<Request> parse(String line) {
      Instant time = null;
      String rest = line;
      int space = line.indexOf(' ');
      if (space > 0 && line.length() > 20 && Character.isDigit(line.charAt(0)) && line.charAt(4) == '-' && line.charAt(10) == 'T') {
        try {
          time = Instant.parse(line.substring(0, space));
          rest = line.substring(space + 1);
        } catch (DateTimeParseException e) {
          time = null;
        }
      }
      Matcher m = LINE.matcher(rest);
      if (!m.matches()) {
        return Optional.empty();
      }
      String target = m.group(3);
      int query = target.indexOf('?');
      String p = query < 0 ? target : target.substring(0, query);
      return Optional.of(new Request(time, m.group(2), p, Integer.parseInt(m.group(4)), m.group(5)));
    }

    boolean byHand() {
      return NOT_BY_HAND.stream().noneMatch(client::startsWith);
    }
  }
}
