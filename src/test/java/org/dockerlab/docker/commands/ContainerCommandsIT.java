package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dockerlab.docker.EngineError;
import org.dockerlab.io.CancelToken;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.EngineDocker;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@RequiresEngine
class ContainerCommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  @RegisterExtension final EngineDocker docker = new EngineDocker(() -> dir);
  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeContainers() {
    for (String name : created) {
      try {
        docker.engine().removeContainer(name, true);
      } catch (EngineError gone) {
        // removed by the test itself or by --rm (or being removed)
      }
    }
  }

  @Test
  void run_detached_withPort_publishesIt_andMyappAnswers() throws Exception {
    String name = name();
    int port = freePort();
    DockerRunner.Result r = docker.run("run", "-d", "-p", port + ":8080", "--name", name, "myapp");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip()).matches("[0-9a-f]{64}");
    assertThat(get(port)).contains("myapp");
  }

  @Test
  void run_attached_printsTheOutput_andReturnsTheExitCode() {
    String name = name();
    DockerRunner.Result r = docker.run("run", "--rm", "--name", name, "busybox", "sh", "-c", "echo hi; echo oops >&2; exit 3");
    assertThat(r.out()).isEqualTo("hi\n");
    assertThat(r.err()).isEqualTo("oops\n");
    assertThat(r.exitCode()).as("the container's own exit code, as docker run returns it").isEqualTo(3);
    assertThat(r.error()).isNull();
    assertThat(gone(name)).as("the --rm container is removed when run returns").isTrue();
  }

  @Test
  void run_attached_withZeroExit_succeeds_andKeepsTheContainerWithoutRm() {
    String name = name();
    DockerRunner.Result r = docker.run("run", "--name", name, "busybox", "echo", "done");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("done\n");
    assertThat(docker.run("ps", "-a", "--filter", "name=" + name).out()).contains("Exited (0)");
  }

  @Test
  void run_interactive_readsThePipedStdin() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DockerRunner.Result r =
        docker.run(new ByteArrayInputStream("piped\n".getBytes(StandardCharsets.UTF_8)), out, "run", "-i", "--rm", "--name", name(), "busybox", "cat");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("piped\n");
  }

  @Test
  void run_attached_ctrlC_detaches_andLeavesTheContainerRunning() {
    String name = name();
    CancelToken cancel = new CancelToken();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    DockerIo io =
        new DockerIo(
            new ByteArrayInputStream(new byte[0]), stdout, new PrintWriter(stdout, true), new PrintWriter(err, true), false, false, dir, cancel);
    Executors.newSingleThreadScheduledExecutor().schedule(cancel::cancel, 2, TimeUnit.SECONDS);
    DockerOutcome outcome =
        new DockerCli(new DockerContext(docker.engine(), dir.resolve("config"), null), false)
            .run(List.of("run", "--name", name, "busybox", "sh", "-c", "echo up; sleep 60"), io);
    assertThat(outcome.exitCode()).isEqualTo(130);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("up\n");
    assertThat(docker.run("ps", "--filter", "name=" + name).out()).contains("Up ");
  }

  @Test
  void runArgs_afterTheImage_goToTheContainer() {
    DockerRunner.Result r = docker.run("run", "--rm", "--name", name(), "busybox", "ls", "-l", "-d", "/bin");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("d").contains("/bin");
  }

  @Test
  void run_withNameInUse_saysTheEnginesWords() {
    String name = name();
    assertThat(docker.run("run", "-d", "--name", name, "busybox", "sleep", "60").exitCode()).isZero();
    DockerRunner.Result r = docker.run("run", "-d", "--name", name, "busybox", "sleep", "60");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("Error response from daemon: Conflict. The container name \"/" + name + "\" is already in use by container");
  }

  @Test
  void run_onATakenPort_saysPortIsAllocated() throws IOException {
    int port = freePort();
    String first = name();
    String second = name();
    assertThat(docker.run("run", "-d", "-p", port + ":8080", "--name", first, "myapp").exitCode()).isZero();
    DockerRunner.Result r = docker.run("run", "-d", "-p", port + ":8080", "--name", second, "myapp");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("Error response from daemon: ").contains("port is already allocated");
    assertThat(docker.run("ps", "-a", "--filter", "name=" + second).out()).as("the CLI leaves it created").contains("Created");
  }

  @Test
  void run_missingImage_triesToPull_andFailsWithTheEnginesWords() {
    String image = "localhost:1/" + name();
    DockerRunner.Result r = docker.run("run", "--rm", image);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("Unable to find image '" + image + ":latest' locally\n");
    assertThat(r.error()).contains("localhost:1").containsIgnoringCase("connection refused");
  }

  @Test
  void ps_showsTheContainer_withPortsAndName() throws IOException {
    String name = name();
    int port = freePort();
    docker.run("run", "-d", "-p", port + ":8080", "--name", name, "myapp");
    DockerRunner.Result r = docker.run("ps");
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).matches("CONTAINER ID   IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES");
    String row = lines.stream().filter(l -> l.endsWith(" " + name)).findFirst().orElseThrow();
    assertThat(row)
        .matches("[0-9a-f]{12}   myapp +\"httpd -f -v -p 8080…\" +.* ago +Up .*")
        .contains("0.0.0.0:" + port + "->8080/tcp, [::]:" + port + "->8080/tcp");
    // every column starts where the header's does
    int names = lines.get(0).indexOf("NAMES");
    assertThat(row.indexOf(name)).isEqualTo(names);
  }

  @Test
  void ps_quiet() {
    String name = name();
    String id = docker.run("run", "-d", "--name", name, "busybox", "sleep", "60").out().strip();
    DockerRunner.Result r = docker.run("ps", "-q");
    assertThat(r.out().lines()).allMatch(l -> l.matches("[0-9a-f]{12}")).contains(id.substring(0, 12));
  }

  @Test
  void stop_start_rm() {
    String name = name();
    DockerRunner.Result created = docker.run("create", "--name", name, "busybox", "sleep", "300");
    assertThat(created.out()).as(created.err()).matches("[0-9a-f]{64}\n");
    assertThat(docker.run("ps", "-a", "--filter", "name=" + name).out()).contains("Created");
    assertThat(docker.run("start", name).out()).isEqualTo(name + "\n");
    assertThat(docker.run("stop", "-t", "1", name).out()).isEqualTo(name + "\n");
    assertThat(docker.run("ps", "-a", "--filter", "name=" + name).out()).contains("Exited (");
    assertThat(docker.run("ps").out()).doesNotContain(name);
    assertThat(docker.run("start", name).out()).isEqualTo(name + "\n");
    assertThat(docker.run("ps").out()).contains(name);
    String started = docker.engine().inspectContainerJson(name).orElseThrow().path("State").path("StartedAt").asText();
    assertThat(docker.run("restart", "-t", "1", name).out()).isEqualTo(name + "\n");
    assertThat(docker.engine().inspectContainerJson(name).orElseThrow().path("State").path("StartedAt").asText())
        .as("restarted: started again").isNotEqualTo(started);
    assertThat(docker.run("ps").out()).contains(name);

    DockerRunner.Result running = docker.run("rm", name);
    assertThat(running.exitCode()).isEqualTo(1);
    assertThat(running.error()).contains("cannot remove a running container");

    String missing = name();
    DockerRunner.Result r = docker.run("rm", "-f", missing, name);
    assertThat(r.out()).isEqualTo(name + "\n");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Error response from daemon: No such container: " + missing + "\n");
    assertThat(docker.run("ps", "-a").out()).doesNotContain(name);
  }

  @Test
  void logs_ofMyapp() throws Exception {
    String name = name();
    int port = freePort();
    docker.run("run", "-d", "-p", port + ":8080", "--name", name, "myapp");
    get(port);
    DockerRunner.Result r = docker.run("logs", name);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).as("busybox httpd logs to stderr").isEmpty();
    assertThat(r.err()).contains("response:200");
  }

  @Test
  void logs_keepStdoutAndStderrApart_andTail() {
    String name = name();
    docker.run("run", "--name", name, "busybox", "sh", "-c", "echo one; echo two; echo three >&2");
    DockerRunner.Result r = docker.run("logs", name);
    assertThat(r.out()).isEqualTo("one\ntwo\n");
    assertThat(r.err()).isEqualTo("three\n");
    assertThat(docker.run("logs", "--tail", "1", name).out() + docker.run("logs", "--tail", "1", name).err())
        .doesNotContain("one");
  }

  @Test
  void logs_follow_endsWhenTheContainerStops() {
    String name = name();
    docker.run("run", "-d", "--name", name, "busybox", "sh", "-c", "echo start; sleep 1; echo end");
    DockerRunner.Result r = docker.run("logs", "-f", name);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("start\nend\n");
  }

  @Test
  void exec_echo() {
    String name = name();
    docker.run("run", "-d", "--name", name, "busybox", "sleep", "300");
    DockerRunner.Result r = docker.run("exec", name, "echo", "-n", "hello");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("hello");
    // as the docker CLI: the status of docker exec is the process's own
    DockerRunner.Result failing = docker.run("exec", name, "sh", "-c", "exit 4");
    assertThat(failing.exitCode()).isEqualTo(4);
    assertThat(failing.error()).isNull();
  }

  @Test
  void inspect_container_format_image() throws Exception {
    String name = name();
    docker.run("run", "-d", "-p", freePort() + ":8080", "--name", name, "myapp");
    DockerRunner.Result r = docker.run("inspect", name);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("[\n    {\n        \"Id\": \"").contains("        \"Name\": \"/" + name + "\",\n");
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.size()).isEqualTo(1);
    assertThat(json.get(0).path("Config").path("Image").asText()).isEqualTo("myapp");
    assertThat(json.get(0).path("NetworkSettings").path("Ports").has("8080/tcp")).isTrue();

    assertThat(docker.run("inspect", "-f", "{{.Config.Image}} {{.State.Status}}", name).out()).isEqualTo("myapp running\n");
    assertThat(docker.run("inspect", "--format", "{{json .Config.ExposedPorts}}", name).out()).isEqualTo("{\"8080/tcp\":{}}\n");

    DockerRunner.Result image = docker.run("inspect", "busybox");
    assertThat(image.exitCode()).isZero();
    assertThat(JSON.readTree(image.out()).get(0).path("RepoTags").toString()).contains("busybox:latest");
  }

  @Test
  void inspect_unknown_isNoSuchObject() {
    String missing = name();
    DockerRunner.Result r = docker.run("inspect", missing);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("[]\n");
    assertThat(r.err()).isEqualTo("Error: No such object: " + missing + "\n");
  }

  @Test
  void containersCreatedByTheShell_areLabelled() {
    String name = name();
    docker.run("run", "-d", "--name", name, "-l", "lesson=one", "busybox", "sleep", "60");
    var labels = docker.engine().inspectContainer(name).orElseThrow().labels();
    assertThat(labels).containsEntry(org.dockerlab.docker.LabLabels.CREATED_BY, org.dockerlab.docker.LabLabels.BY_SHELL).containsEntry("lesson", "one");
  }

  @Test
  void info_showsTheMainFacts_andTheInsecureRegistries() {
    DockerRunner.Result r = docker.run("info");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("Server:\n Containers: ")
        .containsPattern("\n  Running: \\d+\n  Paused: \\d+\n  Stopped: \\d+\n Images: \\d+\n")
        .containsPattern("\n Server Version: \\S+")
        .contains(" Storage Driver: ", " Cgroup Driver: ", " Kernel Version: ", " OSType: linux", " CPUs: ")
        .containsPattern("Total Memory: [\\d.]+GiB")
        .contains(" Insecure Registries:\n  127.0.0.0/8\n");
  }

  private String name() {
    String name = "dlt-ctr-" + UUID.randomUUID().toString().substring(0, 8);
    created.add(name);
    return name;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String get(int port) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Exception last = null;
    for (int i = 0; i < 40; i++) {
      try {
        HttpResponse<String> response =
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (IOException e) {
        last = e;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("nothing answered on port " + port, last);
  }

  private boolean gone(String name) {
    return docker.engine().inspectContainer(name).isEmpty();
  }
}
