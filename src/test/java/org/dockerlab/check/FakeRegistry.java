package org.dockerlab.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A registry's HTTP API on a free local port, as far as checks use it; optionally behind Basic auth. */
final class FakeRegistry implements AutoCloseable {
  static final String DIGEST = "sha256:" + "ab".repeat(32);

  private final HttpServer server;
  private final String basic;
  final Map<String, String> manifests = new ConcurrentHashMap<>();
  /** Manifest bodies by repository:tag (default: a schema 2 manifest with no config), blobs by digest. */
  final Map<String, String> manifestBodies = new ConcurrentHashMap<>();
  final Map<String, String> blobs = new ConcurrentHashMap<>();
  final List<String> acceptHeaders = new CopyOnWriteArrayList<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();

  /** {@code user} null: no auth. */
  FakeRegistry(String user, String password) throws IOException {
    basic = user == null ? null : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String host() {
    return "localhost:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange x) throws IOException {
    String auth = x.getRequestHeaders().getFirst("Authorization");
    authorizations.add(auth == null ? "" : auth);
    if (basic != null && !basic.equals(auth)) {
      x.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Registry Realm\"");
      send(x, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}");
      return;
    }
    String path = x.getRequestURI().getPath();
    if (path.equals("/v2/")) {
      send(x, 200, "{}");
    } else if (path.equals("/v2/_catalog")) {
      String repos = String.join("\",\"", manifests.keySet().stream().map(k -> k.substring(0, k.indexOf(':'))).distinct().sorted().toList());
      send(x, 200, "{\"repositories\":[" + (repos.isEmpty() ? "" : "\"" + repos + "\"") + "]}");
    } else if (path.matches("/v2/.+/manifests/[^/]+")) {
      acceptHeaders.add(x.getRequestHeaders().getFirst("Accept"));
      String repo = path.substring("/v2/".length(), path.indexOf("/manifests/"));
      String tag = path.substring(path.lastIndexOf('/') + 1);
      String digest = manifests.get(repo + ":" + tag);
      if (digest == null) {
        send(x, 404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\"}]}");
      } else {
        x.getResponseHeaders().add("Docker-Content-Digest", digest);
        send(x, 200, manifestBodies.getOrDefault(repo + ":" + tag, "{\"schemaVersion\":2}"));
      }
    } else if (path.matches("/v2/.+/blobs/sha256:[0-9a-f]+")) {
      String blob = blobs.get(path.substring(path.lastIndexOf('/') + 1));
      send(x, blob == null ? 404 : 200, blob == null ? "{\"errors\":[{\"code\":\"BLOB_UNKNOWN\"}]}" : blob);
    } else {
      send(x, 404, "404 page not found");
    }
  }

  /** Pushes an image: a schema 2 manifest under {@code repoTag} naming a configuration with these layers. */
  void push(String repoTag, String configDigest, String... diffIds) {
    String layers = String.join("\",\"", diffIds);
    blobs.put(configDigest, "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + layers + "\"]}}");
    String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\","
        + "\"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"digest\":\"" + configDigest + "\",\"size\":1},\"layers\":[]}";
    manifestBodies.put(repoTag, manifest);
    manifests.put(repoTag, "sha256:" + String.format("%08x", manifest.hashCode()).repeat(8));
  }

  private static void send(HttpExchange x, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(status, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
