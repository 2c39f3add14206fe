package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.docker.config.DockerConfigFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dockerlab.testing.FakeGateway;

class RegistryCheckTest {
  @TempDir Path dir;

  private CheckContext ctx() {
    return new CheckContext(new FakeGateway(), dir, dir, null, null);
  }

  @Test
  void pushedTag_passes_withTheDigestFromTheHeader_askingForEveryManifestType() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      registry.manifests.put("myapp:latest", FakeRegistry.DIGEST);

      CheckResult r = new RegistryCheck(registry.host(), "myapp", null, null, null).evaluate(ctx());

      assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
      assertThat(r.evidence()).containsEntry("manifestDigest", FakeRegistry.DIGEST);
      assertThat(registry.acceptHeaders.get(0))
          .contains("application/vnd.docker.distribution.manifest.v2+json", "application/vnd.docker.distribution.manifest.list.v2+json")
          .contains("application/vnd.oci.image.manifest.v1+json", "application/vnd.oci.image.index.v1+json");
    }
  }

  @Test
  void missingRepository_saysWhatIsThere_andHowToPush() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      registry.manifests.put("other:latest", FakeRegistry.DIGEST);

      CheckResult r = new RegistryCheck(registry.host(), "myapp", null, null, null).evaluate(ctx());

      assertThat(r.status()).isEqualTo(Status.FAILED);
      assertThat(r.message())
          .isEqualTo(registry.host() + " has no repository myapp (found: other): tag and push it: docker tag IMAGE "
              + registry.host() + "/myapp:latest && docker push " + registry.host() + "/myapp:latest");
      assertThat(new RegistryCheck(registry.host(), "myapp", null, false, null).evaluate(ctx()).status()).isEqualTo(Status.PASSED);
    }
  }

  @Test
  void missingTag_fails() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      registry.manifests.put("myapp:1.0", FakeRegistry.DIGEST);

      CheckResult r = new RegistryCheck(registry.host(), "myapp", "latest", null, null).evaluate(ctx());

      assertThat(r.message()).isEqualTo(registry.host() + "/myapp has no tag latest: tag and push it: docker tag IMAGE " + registry.host() + "/myapp:latest && docker push " + registry.host() + "/myapp:latest");
      assertThat(new RegistryCheck(registry.host(), "myapp", "1.0", false, null).evaluate(ctx()).message()).contains("is still in the registry");
    }
  }

  @Test
  void protectedRegistry_usesTheStoredLogin_afterA401_andNeverShowsIt() throws Exception {
    try (FakeRegistry registry = new FakeRegistry("manu", "s3cret")) {
      registry.manifests.put("myapp:latest", FakeRegistry.DIGEST);
      RegistryCheck check = new RegistryCheck(registry.host(), "myapp", null, null, null);

      CheckResult noLogin = check.evaluate(ctx());
      assertThat(noLogin.message()).isEqualTo(registry.host() + " needs a login to show /v2/_catalog: docker login " + registry.host());

      DockerConfigFile.load(dir).store(registry.host(), "manu", "wrong".toCharArray());
      CheckResult refused = check.evaluate(ctx());
      assertThat(refused.message()).isEqualTo(registry.host() + " refused the login of manu stored in config.json: log in again: docker login " + registry.host());

      DockerConfigFile.load(dir).store(registry.host(), "manu", "s3cret".toCharArray());
      CheckResult r = check.evaluate(ctx());
      assertThat(r.status()).as(r.message()).isEqualTo(Status.PASSED);
      assertThat(registry.authorizations).contains("", "Basic " + java.util.Base64.getEncoder().encodeToString("manu:s3cret".getBytes()));
      for (CheckResult each : List.of(noLogin, refused, r)) {
        assertThat(each.toString()).doesNotContain("s3cret", "wrong", "bWFud");
      }
    }
  }

  @Test
  void matchesLocalImage_comparesTheRegistrysConfigurationWithTheLocalImage() throws Exception {
    try (FakeRegistry registry = new FakeRegistry(null, null)) {
      String mine = "sha256:" + "1a".repeat(32);
      String other = "sha256:" + "cd".repeat(32);
      ImageDetails myapp = new ImageDetails(mine, List.of("myapp:latest"), List.of(), null, 1, List.of(other));
      RegistryCheck check = new RegistryCheck(registry.host(), "myapp", null, null, "myapp");

      registry.push("myapp:latest", mine, other);
      assertThat(check.evaluate(ctxWith(myapp)).status()).isEqualTo(Status.PASSED);
      registry.push("myapp:latest", other, other);
      assertThat(check.evaluate(ctxWith(myapp)).message()).contains("is another image (" + other.substring(7, 19) + ") than myapp (" + mine.substring(7, 19) + ")");
      assertThat(check.evaluate(ctx()).message()).startsWith("there is no image myapp to compare with");
    }
  }

  private CheckContext ctxWith(ImageDetails myapp) {
    return new CheckContext(new FakeGateway().withImage(myapp), dir, dir, null, null);
  }

  @Test
  void nothingListening_isAFailureThatSaysToStartTheRegistry() throws Exception {
    String host = "localhost:" + freePort();

    CheckResult r = new RegistryCheck(host, "myapp", null, null, null).evaluate(ctx());

    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).startsWith("nothing answers on " + host).endsWith("is the registry container running? docker ps");
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
