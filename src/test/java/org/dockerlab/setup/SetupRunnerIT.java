package org.dockerlab.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.errors.LabException;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setup actions against the real engine, on a free port, with dlt-les- names only. */
@RequiresEngine
class SetupRunnerIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;
  private DockerGateway engine;
  private SetupRunner runner;
  private final List<String> report = new ArrayList<>();
  private final List<String> containers = new ArrayList<>();
  private final List<String> images = new ArrayList<>();
  private final String suffix = Long.toString(System.nanoTime(), 36);
  private int port;

  @BeforeEach
  void connect() throws IOException {
    engine = TestEngine.connect(dir.resolve("docker-config"));
    runner = new SetupRunner(engine, new ImageProvisioner(engine, false, report::add),
        new LabDirs(dir.resolve("workspace"), dir.resolve("docker-config"), dir.resolve("state")), report::add);
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
  }

  @AfterEach
  void cleanUp() {
    try {
      for (String image : images) {
        quietly(() -> engine.removeImage(image, true));
      }
      for (String name : containers) {
        quietly(() -> engine.removeContainer(name, true));
      }
    } finally {
      engine.close();
    }
  }

  private static void quietly(Runnable r) {
    try {
      r.run();
    } catch (LabException alreadyGone) {
      // the test removed it itself
    }
  }

  /** A setup list read from YAML, bound through {@link SetupTypes} as lesson files are. */
  private static List<SetupAction> setup(String yaml) throws IOException {
    return SetupTypes.register(new YAMLMapper()).readValue(yaml, new TypeReference<List<SetupAction>>() {});
  }

  private String name(String what) {
    String name = "dlt-les-" + what + "-" + suffix;
    containers.add(name);
    return name;
  }

  private static HttpResponse<String> get(String url, String user, String password) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private ContainerSummary container(String name) {
    return engine.containers(true).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void startRegistry_open_answers_isLabelled_andASecondStartReplacesIt() throws Exception {
    String name = name("reg");
    List<SetupAction> setup = setup("- {action: start-registry, name: " + name + ", port: " + port + "}\n");

    runner.run(setup);
    assertThat(get("http://localhost:" + port + "/v2/", null, null).statusCode()).isEqualTo(200);
    ContainerSummary first = container(name);
    assertThat(first.labels()).containsEntry(LabLabels.CREATED_BY, LabLabels.BY_LESSON);
    assertThat(first.ports()).anyMatch(p -> p.hostPort() == port && p.containerPort() == 5000);

    runner.run(setup);
    assertThat(container(name).id()).isNotEqualTo(first.id());
    assertThat(report).anyMatch(l -> l.equals("container " + name + ": removed"))
        .anyMatch(l -> l.equals("registry " + name + ": running on localhost:" + port + ", open (no passwords)"));
  }

  @Test
  void startRegistry_withHtpasswd_refusesStrangers_andAcceptsItsUsers() throws Exception {
    String name = name("auth");
    runner.run(setup("- action: start-registry\n  name: " + name + "\n  port: " + port
        + "\n  auth: htpasswd\n  users:\n    - {user: manu, password: manu}\n"));

    String v2 = "http://localhost:" + port + "/v2/";
    assertThat(get(v2, null, null).statusCode()).isEqualTo(401);
    assertThat(get(v2, "manu", "wrong").statusCode()).isEqualTo(401);
    assertThat(get(v2, "manu", "manu").statusCode()).isEqualTo(200);
    Path htpasswd = dir.resolve("state/registries/" + name + "/htpasswd");
    assertThat(Files.readString(htpasswd)).startsWith("manu:$2y$");
    assertThat(report).contains("registry " + name + ": running on localhost:" + port + " with passwords (users: manu)");
  }

  @Test
  void removeContainer_refusesAContainerTheLabDidNotCreate_sayingBothWaysOut() {
    String name = name("foreign");
    engine.runContainer(new ContainerSpec(name, "busybox:latest", List.of(), Map.of(), List.of(), Map.of()));

    assertThatThrownBy(() -> runner.run(setup("- {action: remove-container, name: " + name + "}\n")))
        .isInstanceOf(LabException.class)
        .hasMessage("a container named " + name + " exists that the lab did not create: remove it yourself with docker rm -f "
            + name + ", or stop the lesson");
    assertThat(container(name)).isNotNull();
  }

  @Test
  void startRegistry_onAPortAForeignContainerPublishes_refuses() {
    String foreign = name("holder");
    engine.runContainer(new ContainerSpec(foreign, "registry:2", List.of(new ContainerSpec.Port(port, 5000)), Map.of(), List.of(), Map.of()));

    assertThatThrownBy(() -> runner.run(setup("- {action: start-registry, name: " + name("reg2") + ", port: " + port + "}\n")))
        .hasMessageContaining("port " + port + " is published by the container " + foreign)
        .hasMessageContaining("docker rm -f " + foreign + ", or stop the lesson");
  }

  @Test
  void saveImage_pushImage_removeImage_roundTrip() throws Exception {
    String registry = name("push");
    String target = "localhost:" + port + "/dlt-les-myapp-" + suffix;
    images.add(target);
    runner.run(setup(
        "- {action: start-registry, name: " + registry + ", port: " + port + "}\n"
            + "- {action: save-image, image: busybox:latest, path: archives/busybox.tar}\n"
            + "- {action: push-image, image: myapp:latest, to: " + target + "}\n"));

    Path archive = dir.resolve("workspace/archives/busybox.tar");
    assertThat(tarEntries(archive)).contains("manifest.json");
    assertThat(get("http://localhost:" + port + "/v2/_catalog", null, null).body()).contains("\"dlt-les-myapp-" + suffix + "\"");
    assertThat(engine.inspectImage(target)).isPresent();

    runner.run(setup("- {action: remove-image, image: " + target + "}\n- {action: remove-image, image: " + target + "}\n"));
    assertThat(engine.inspectImage(target)).isEmpty();
    assertThat(engine.inspectImage("myapp:latest")).as("the lab image stays").isPresent();
    assertThat(report).contains(target + ":latest: removed", target + ": not present, nothing to remove");
  }

  private static List<String> tarEntries(Path archive) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(archive); TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
