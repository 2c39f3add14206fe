package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TestRegistries;
import org.dockerlab.testing.TestRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** push and pull against a real registry:2 without authentication, as in the lesson's local registry. */
@RequiresEngine
class PushPullIT {
  @RegisterExtension static final TestRegistry registry = new TestRegistry(TestRegistries::open, "dlt-reg-open-");

  @TempDir Path dir;
  private DockerRunner docker;
  private String image;

  @BeforeEach
  void tagBusybox() {
    docker = new DockerRunner(dir, dir.resolve("docker-config"));
    image = registry.host() + "/dlt-reg-busybox";
    docker.engine().tag("busybox:latest", image);
  }

  @AfterEach
  void removeTags() {
    try {
      docker.engine().removeImage(image + ":latest", false);
    } catch (RuntimeException alreadyGone) {
      // the pull test removes and re-creates it; nothing else to clean
    } finally {
      docker.close();
    }
  }

  @Test
  void push_printsTheCliLines_andTheRegistryListsTheRepository() throws Exception {
    DockerRunner.Result r = docker.run("push", image);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Using default tag: latest\nThe push refers to repository [" + image + "]\n")
        .containsPattern("(?m)^[0-9a-f]{12}: Preparing$")
        .containsPattern("(?m)^[0-9a-f]{12}: (Pushed|Layer already exists)$")
        .containsPattern("(?m)^latest: digest: sha256:[0-9a-f]{64} size: \\d+$")
        .doesNotContain("Pushing\n" + "Pushing");
    assertThat(r.out().lines().filter(l -> l.endsWith(": Pushing")).count())
        .as("each status once per layer")
        .isLessThanOrEqualTo(r.out().lines().filter(l -> l.endsWith(": Preparing")).count());
    assertThat(get("http://" + registry.host() + "/v2/_catalog")).contains("\"dlt-reg-busybox\"");
  }

  @Test
  void pull_afterTheLocalTagIsRemoved_bringsTheImageBack() {
    assertThat(docker.run("push", image).exitCode()).isZero();
    docker.engine().removeImage(image + ":latest", false);

    DockerRunner.Result r = docker.run("pull", image);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Using default tag: latest\nlatest: Pulling from dlt-reg-busybox\n")
        .containsPattern("(?m)^Digest: sha256:[0-9a-f]{64}$")
        .contains("Status: ")
        .endsWith(image + ":latest\n");
    assertThat(docker.engine().inspectImage(image + ":latest")).isPresent();

    DockerRunner.Result again = docker.run("pull", image + ":latest");
    assertThat(again.out()).contains("Status: Image is up to date for " + image + ":latest").doesNotContain("Using default tag");
  }

  @Test
  void pull_ofATagTheRegistryDoesNotHave_failsWithTheEnginesWords() {
    DockerRunner.Result r = docker.run("pull", registry.host() + "/dlt-reg-nothing:1.0");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.error()).containsIgnoringCase("not found");
  }

  @Test
  void push_ofAnImageThatIsNotHere_saysSoLikeTheCli() {
    DockerRunner.Result r = docker.run("push", registry.host() + "/dlt-reg-nope");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.error()).contains("An image does not exist locally with the tag: " + registry.host() + "/dlt-reg-nope");
  }

  static String get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
