package org.dockerlab.images;

import org.dockerlab.testing.TestRegistries;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PushResponseItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.testing.Cli;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** {@code images prepare} on a clean engine, then the images behave like the real ones. */
@RequiresEngine
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImagesPrepareIT {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  @TempDir static Path state;

  @BeforeAll
  static void removeTheLabsOwnImages() {
    // Only images the lab built (labelled stand-ins) are removed: never anything else.
    try (DockerGateway engine = TestEngine.connect(state)) {
      List<LabImage> dependentsFirst = new ArrayList<>(LabImages.all());
      Collections.reverse(dependentsFirst);
      for (LabImage image : dependentsFirst) {
        Optional<ImageDetails> found = engine.inspectImage(image.reference());
        if (found.isPresent() && found.get().labels().containsKey(LabImages.LABEL_STAND_IN)) {
          try {
            engine.removeImage(image.reference(), false);
          } catch (org.dockerlab.docker.EngineError inUse) {
            // a container still uses it (a developer's own, on a shared engine): leave it be
          }
        }
      }
    }
  }

  @Test
  @Order(1)
  void prepare_onACleanEngine_buildsEveryImageOffline_labelledAsStandIns() {
    Cli.Result r = new Cli(state).run("images", "prepare");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    try (DockerGateway engine = TestEngine.connect(state)) {
      for (LabImage image : LabImages.all()) {
        assertThat(engine.inspectImage(image.reference())).as(image.reference()).isPresent();
        assertThat(r.out()).contains(image.reference());
      }
    }
    Cli.Result again = new Cli(state).run("images", "prepare");
    assertThat(again.out()).contains("busybox:latest   present");
  }

  @Test
  @Order(2)
  void registry_answersV2_acceptsAPushOfBusybox_andListsItInTheCatalog() throws Exception {
    try (GenericContainer<?> registry =
        new GenericContainer<>("registry:2").withExposedPorts(5000).waitingFor(Wait.forHttp("/v2/").forStatusCode(200))) {
      registry.start();
      String host = "localhost:" + registry.getMappedPort(5000);
      assertThat(get("http://" + host + "/v2/", null).statusCode()).isEqualTo(200);

      DockerClient docker = DockerClientFactory.instance().client();
      String target = host + "/busybox";
      docker.tagImageCmd("busybox:latest", target, "latest").exec();
      try {
        docker.pushImageCmd(target).withTag("latest").exec(new ResultCallback.Adapter<PushResponseItem>()).awaitCompletion();
        HttpResponse<String> catalog = get("http://" + host + "/v2/_catalog", null);
        assertThat(catalog.body()).contains("\"busybox\"");
      } finally {
        docker.removeImageCmd(target + ":latest").exec();
      }
    }
  }

  @Test
  @Order(3)
  void registry_withHtpasswdAuth_answers401WithoutCredentials_and200WithThem() throws Exception {
    try (GenericContainer<?> registry = TestRegistries.withPassword("manu", "manu")) {
      registry.start();
      String url = "http://localhost:" + registry.getMappedPort(5000) + "/v2/";
      assertThat(get(url, null).statusCode()).isEqualTo(401);
      assertThat(get(url, "manu:wrong").statusCode()).isEqualTo(401);
      assertThat(get(url, "manu:manu").statusCode()).isEqualTo(200);
    }
  }

  @Test
  @Order(4)
  void myapp_answersHttpOn8080_namingTheApp() throws Exception {
    try (GenericContainer<?> app = new GenericContainer<>("myapp:latest").withExposedPorts(8080).waitingFor(Wait.forHttp("/"))) {
      app.start();
      HttpResponse<String> page = get("http://localhost:" + app.getMappedPort(8080) + "/", null);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("myapp");
    }
  }

  @Test
  @Order(5)
  void busybox_hasAShellAndItsApplets() throws Exception {
    try (GenericContainer<?> box = new GenericContainer<>("busybox:latest").withCommand("sleep", "30")) {
      box.start();
      var result = box.execInContainer("sh", "-c", "busybox | head -n 1; ls /bin | wc -l");
      assertThat(result.getStdout()).startsWith("BusyBox v");
      assertThat(Integer.parseInt(result.getStdout().lines().skip(1).findFirst().orElse("0").trim())).isGreaterThan(100);
    }
  }

  private static HttpResponse<String> get(String url, String userPass) throws Exception {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (userPass != null) {
      req.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }
}
