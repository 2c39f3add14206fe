package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.config.DockerConfigFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpAndConfigCheckTest {
  @TempDir Path dir;
  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        x -> {
          byte[] body =
              (x.getRequestURI().getPath().equals("/catalog") ? "{\"repositories\":[\"myapp\",\"other\"],\"name\":\"r\"}" : "<h1>Hello from myapp</h1>")
                  .getBytes(StandardCharsets.UTF_8);
          x.sendResponseHeaders(x.getRequestURI().getPath().equals("/missing") ? 404 : 200, body.length);
          x.getResponseBody().write(body);
          x.close();
        });
    server.start();
    base = "http://localhost:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private CheckResult http(String path, Integer status, String contains, HttpCheck.JsonExpectation json) {
    return new HttpCheck(base + path, status, contains, json, null).evaluate(new CheckContext(null, dir, dir, null, null));
  }

  @Test
  void http_statusContainsAndJson() {
    assertThat(http("/", null, "Hello from myapp", null).status()).isEqualTo(Status.PASSED);
    assertThat(http("/", null, "Goodbye", null).message()).isEqualTo(base + "/ does not mention Goodbye (it answered: <h1>Hello from myapp</h1>)");
    assertThat(http("/missing", null, null, null).message()).isEqualTo(base + "/missing answered 404, not 200");
    assertThat(http("/missing", 404, null, null).status()).isEqualTo(Status.PASSED);
    assertThat(http("/catalog", null, null, new HttpCheck.JsonExpectation("/repositories", "myapp", null)).status()).isEqualTo(Status.PASSED);
    assertThat(http("/catalog", null, null, new HttpCheck.JsonExpectation("/name", null, "r")).status()).isEqualTo(Status.PASSED);
    CheckResult absent = http("/catalog", null, null, new HttpCheck.JsonExpectation("/repositories", "nope", null));
    assertThat(absent.status()).isEqualTo(Status.FAILED);
    assertThat(absent.found()).isEqualTo("[\"myapp\",\"other\"]");
    assertThat(http("/", null, null, new HttpCheck.JsonExpectation("/x", "a", null)).message()).contains("did not answer with JSON");
  }

  @Test
  void http_nothingListening_failsWithWhatToTry() throws Exception {
    int port = RegistryCheckTest.freePort();
    CheckResult r = new HttpCheck("http://127.0.0.1:" + port + "/", null, null, null, null).evaluate(new CheckContext(null, dir, dir, null, null));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).startsWith("nothing answers on 127.0.0.1:" + port).endsWith("docker ps");
  }

  @Test
  void http_labCredentials_sendsTheStoredLoginAfterA401() throws Exception {
    try (FakeRegistry registry = new FakeRegistry("manu", "pw")) {
      DockerConfigFile.load(dir).store(registry.host(), "manu", "pw".toCharArray());
      CheckContext ctx = new CheckContext(null, dir, dir, null, null);

      assertThat(new HttpCheck("http://" + registry.host() + "/v2/", null, null, null, false).evaluate(ctx).message()).contains("needs a login");
      assertThat(new HttpCheck("http://" + registry.host() + "/v2/", null, null, null, true).evaluate(ctx).status()).isEqualTo(Status.PASSED);
    }
  }

  @Test
  void dockerConfig_presentAbsentAndMode_withoutShowingTheSecret() throws Exception {
    CheckContext ctx = new CheckContext(null, dir, dir, null, null);
    DockerConfigCheck loggedIn = new DockerConfigCheck("localhost:5000", null, null, "rw-------");
    DockerConfigCheck loggedOut = new DockerConfigCheck("localhost:5000", false, null, null);

    assertThat(loggedIn.evaluate(ctx).message()).startsWith("there is no login for localhost:5000 in ").endsWith(": docker login localhost:5000");
    assertThat(loggedOut.evaluate(ctx).status()).isEqualTo(Status.PASSED);

    DockerConfigFile.load(dir).store("localhost:5000", "manu", "hunter2".toCharArray());
    CheckResult in = loggedIn.evaluate(ctx);
    assertThat(in.status()).as(in.message()).isEqualTo(Status.PASSED);
    assertThat(in.evidence()).containsEntry("user", "manu");
    assertThat(in.toString()).doesNotContain("hunter2", "bWFudTpodW50ZXIy");
    assertThat(loggedOut.evaluate(ctx).message()).endsWith("still has a login for localhost:5000: docker logout localhost:5000");

    Files.setPosixFilePermissions(dir.resolve("config.json"), PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(loggedIn.evaluate(ctx).message()).contains("has mode rw-r--r--, not rw-------");
  }

  @Test
  void dockerConfig_dockerHub_spellingsAreOneKey_andEmptyEntriesCount() throws Exception {
    Files.writeString(dir.resolve("config.json"), "{\"auths\":{\"https://index.docker.io/v1/\":{}},\"credsStore\":\"osxkeychain\"}");
    CheckContext ctx = new CheckContext(null, dir, dir, null, null);

    assertThat(new DockerConfigCheck("docker.io", null, null, null).evaluate(ctx).status()).isEqualTo(Status.PASSED);
    assertThat(new DockerConfigCheck("index.docker.io/v1/", null, null, null).evaluate(ctx).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void dockerConfig_malformedFile_isAFailureSayingWhatToDo() throws Exception {
    Files.writeString(dir.resolve("config.json"), "{not json");

    CheckResult r = new DockerConfigCheck("localhost:5000", null, null, null).evaluate(new CheckContext(null, dir, dir, null, null));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).contains("config.json cannot be used: it is not valid JSON");
  }

  @Test
  void dockerConfig_authThatIsNotBase64_isAFailure_notACrash() throws Exception {
    Files.writeString(dir.resolve("config.json"), "{\"auths\":{\"localhost:5000\":{\"auth\":\"%%%\"}}}");

    CheckResult r = new DockerConfigCheck("localhost:5000", null, null, null).evaluate(new CheckContext(null, dir, dir, null, null));

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).contains("the \"auth\" of localhost:5000 is not base64").doesNotContain("%%%");
  }

  @Test
  void dockerConfig_verify_asksTheRegistry() throws Exception {
    try (FakeRegistry registry = new FakeRegistry("manu", "pw")) {
      CheckContext ctx = new CheckContext(null, dir, dir, null, null);
      DockerConfigCheck verify = new DockerConfigCheck(registry.host(), null, true, null);

      DockerConfigFile.load(dir).store(registry.host(), "manu", "old".toCharArray());
      assertThat(verify.evaluate(ctx).message()).isEqualTo(registry.host() + " refuses the password stored for manu: log in again: docker login " + registry.host());

      DockerConfigFile.load(dir).store(registry.host(), "manu", "pw".toCharArray());
      assertThat(verify.evaluate(ctx).status()).isEqualTo(Status.PASSED);
    }
  }

  @Test
  void dockerConfig_verify_loginToAnOpenRegistry_fails_saysItIsOpen_andHowToProtectIt() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      DockerConfigFile.load(dir).store(registry.host(), "x", "y".toCharArray());

      CheckResult r = new DockerConfigCheck(registry.host(), null, true, null).evaluate(new CheckContext(null, dir, dir, null, null));

      assertThat(r.status()).isEqualTo(Status.FAILED);
      assertThat(r.message()).contains("is an open registry").contains("-e REGISTRY_AUTH=htpasswd -e REGISTRY_AUTH_HTPASSWD_REALM=Registry");
      assertThat(r.found()).isEqualTo("200 without any login (an open registry)");
      assertThat(r.hint()).contains("registry-open");
      assertThat(registry.authorizations).containsOnly("");
    }
  }

  @Test
  void dockerConfig_loginStoredUnder127001_countsForLocalhost() throws Exception {
    try (FakeRegistry registry = new FakeRegistry("manu", "pw")) {
      String loopback = registry.host().replace("localhost", "127.0.0.1");
      DockerConfigFile.load(dir).store(loopback, "manu", "pw".toCharArray());
      CheckContext ctx = new CheckContext(null, dir, dir, null, null);

      CheckResult r = new DockerConfigCheck(registry.host(), null, true, null).evaluate(ctx);

      assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
      assertThat(new DockerConfigCheck(registry.host(), false, null, null).evaluate(ctx).message()).contains("docker logout " + loopback);
    }
  }
}
