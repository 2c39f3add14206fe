package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.evidence.Evidence;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;

/**
 * {@code type: registry-request}: the registry's own access log says it was asked, whoever asked it (curl,
 * wget, another terminal); the engine's own requests, the lab's checks and requests from before the lesson
 * never count.
 */
class RegistryRequestCheckTest {
  private static final Instant SINCE = Instant.parse("2026-12-03T02:00:00Z");
  private static final String DIGEST = "sha256:c724aea876973aa4b188b62c195d569c530f84f2ced708e41939401bd47cff35";
  private static final RegistryRequestCheck CATALOG = new RegistryRequestCheck(null, null, "/v2/_catalog", null, "ask for the catalog");
  private static final RegistryRequestCheck MANIFEST =
      new RegistryRequestCheck("registry", List.of("get", "HEAD"), "/v2/myapp/manifests/{reference}", List.of(200), "ask for the manifest");
  private static final RegistryRequestCheck DELETE =
      new RegistryRequestCheck(null, List.of("DELETE"), "/v2/myapp/manifests/{digest}", List.of(202), "delete the manifest by digest");

  private static String line(String time, String method, String target, int status, String client) {
    return time + " 172.17.0.1 - - [03/Dec/2026:02:29:18 +0000] \"" + method + " " + target + " HTTP/1.1\" " + status + " 27 \"\" \"" + client + "\"\n";
  }

  private static CheckResult run(RegistryRequestCheck check, String log) {
    FakeGateway engine = new FakeGateway()
        .withContainer(new ContainerSummary("c1", List.of("/registry"), "registry:2", "/entrypoint.sh", 0, "running", "Up", List.of(), Map.of()))
        .containerOutput(log, 0);
    return check.evaluate(new CheckContext(engine, null, null, new Evidence(SINCE, Map.of(), List.of(), List.of()), Map.of()));
  }

  @Test
  void anyHttpClient_counts() {
    for (String client : List.of("curl/7.88.1", "Wget/1.21.3", "python-requests/2.31", "HTTPie/3.2.2")) {
      CheckResult r = run(CATALOG, line("2026-12-03T02:29:18.1Z", "GET", "/v2/_catalog?n=10", 200, client));
      assertThat(r.status()).as(client).isEqualTo(Status.PASSED);
      assertThat(r.message()).contains("GET /v2/_catalog answered 200");
    }
  }

  @Test
  void theEngine_theLabsChecks_andRequestsBeforeTheLesson_doNotCount() {
    String log = line("2026-12-03T01:59:59.9Z", "GET", "/v2/_catalog", 200, "curl/7.88.1")
        + line("2026-12-03T02:29:18.1Z", "GET", "/v2/_catalog", 200, "Java-http-client/17.0.9")
        + line("2026-12-03T02:29:18.2Z", "GET", "/v2/_catalog", 200, "docker/28.2.2 go/go1.24 (linux)");
    CheckResult r = run(CATALOG, log);
    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.found()).isEqualTo("no request by hand since the lesson began");
  }

  @Test
  void theWrongStatus_failsAndSaysWhatItMeans() {
    CheckResult r = run(CATALOG, line("2026-12-03T02:29:18.1Z", "GET", "/v2/_catalog", 401, "curl/7.88.1"));
    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).contains("answered 401").contains("curl -u");
    CheckResult byTag = run(DELETE, line("2026-12-03T02:29:18.1Z", "DELETE", "/v2/myapp/manifests/latest", 400, "curl/7.88.1"));
    assertThat(byTag.status()).isEqualTo(Status.FAILED);
    assertThat(byTag.found()).isEqualTo("last request by hand: DELETE /v2/myapp/manifests/latest answered 400");
    assertThat(byTag.message()).contains("DELETE /v2/myapp/manifests/latest");
  }

  @Test
  void methodAndPathPlaceholders_match() {
    assertThat(run(MANIFEST, line("2026-12-03T02:29:18.1Z", "HEAD", "/v2/myapp/manifests/latest", 200, "curl/7.88.1")).status()).isEqualTo(Status.PASSED);
    assertThat(run(MANIFEST, line("2026-12-03T02:29:18.1Z", "GET", "/v2/myapp/manifests/" + DIGEST, 200, "curl/7.88.1")).status()).isEqualTo(Status.PASSED);
    assertThat(run(MANIFEST, line("2026-12-03T02:29:18.1Z", "GET", "/v2/myapp/tags/list", 200, "curl/7.88.1")).status()).isEqualTo(Status.FAILED);
    assertThat(run(MANIFEST, line("2026-12-03T02:29:18.1Z", "GET", "/v2/other/manifests/latest", 200, "curl/7.88.1")).status()).isEqualTo(Status.FAILED);
    assertThat(run(DELETE, line("2026-12-03T02:29:18.1Z", "DELETE", "/v2/myapp/manifests/" + DIGEST, 202, "curl/7.88.1")).status()).isEqualTo(Status.PASSED);
    assertThat(run(DELETE, line("2026-12-03T02:29:18.1Z", "GET", "/v2/myapp/manifests/" + DIGEST, 200, "curl/7.88.1")).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void v2_withOrWithoutItsSlash_isOneEndpoint() {
    RegistryRequestCheck base = new RegistryRequestCheck(null, null, "/v2/", List.of(200, 401), "ask /v2/");
    assertThat(run(base, line("2026-12-03T02:29:18.1Z", "GET", "/v2/", 401, "curl/7.88.1")).status()).isEqualTo(Status.PASSED);
    assertThat(run(base, line("2026-12-03T02:29:18.1Z", "GET", "/v2/_catalog", 200, "curl/7.88.1")).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void otherLogLines_areIgnored() {
    String log = "2026-12-03T02:29:18.0Z time=\"2026-12-03T02:29:18Z\" level=info msg=\"response completed\" http.request.method=GET http.request.uri=/v2/_catalog\n"
        + "garbage\n";
    assertThat(run(CATALOG, log).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void noContainer_failsWithTheFix() {
    CheckResult r = CATALOG.evaluate(new CheckContext(new FakeGateway(), null, null, new Evidence(SINCE, Map.of(), List.of(), List.of()), Map.of()));
    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).contains("no container named registry");
  }

  @Test
  void yaml_bindsSingleValuesAndLists() throws Exception {
    var yaml = CheckTypes.register(com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder().build());
    Check one = yaml.readValue("{type: registry-request, method: delete, endpoint: '/v2/myapp/manifests/{digest}', status: 202, describe: d}", Check.class);
    assertThat(one).isEqualTo(new RegistryRequestCheck("registry", List.of("DELETE"), "/v2/myapp/manifests/{digest}", List.of(202), "d"));
    Check many = yaml.readValue("{type: registry-request, method: [GET, HEAD], endpoint: /v2/, status: [200, 401], describe: d}", Check.class);
    assertThat(((RegistryRequestCheck) many).status()).containsExactly(200, 401);
  }

  @Test
  void badFields_nameTheField() {
    assertThatThrownBy(() -> new RegistryRequestCheck(null, List.of("FETCH"), "/v2/", null, "x")).hasMessageStartingWith("method: ");
    assertThatThrownBy(() -> new RegistryRequestCheck(null, null, "/_catalog", null, "x")).hasMessageStartingWith("endpoint: ");
    assertThatThrownBy(() -> new RegistryRequestCheck(null, null, "/v2/_catalog?n=1", null, "x")).hasMessageStartingWith("endpoint: ");
    assertThatThrownBy(() -> new RegistryRequestCheck(null, null, "/v2/", List.of(99), "x")).hasMessageStartingWith("status: ");
    assertThatThrownBy(() -> new RegistryRequestCheck(null, null, "/v2/", null, " ")).hasMessageStartingWith("describe: ");
  }
}
