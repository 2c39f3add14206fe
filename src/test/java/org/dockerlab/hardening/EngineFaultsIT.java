package org.dockerlab.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.ContainerSpec;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.host.HttpWaitStrategy;
import org.dockerlab.host.PortProbe;
import org.dockerlab.testing.EngineProxy;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.LiveShell;
import org.dockerlab.testing.RandomImage;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.Specs;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine goes away and comes back, ports are taken, names are in use: the shell explains and stays up. */
@RequiresEngine
class EngineFaultsIT {
  private static final Duration LINE = Duration.ofSeconds(30);
  private static final String SERVER = "Server: Docker Engine";

  @TempDir Path state;
  private DockerGateway engine;

  @BeforeEach
  void connect() {
    engine = TestEngine.connect(state);
  }

  @AfterEach
  void cleanUp() {
    for (String name : new String[] {"dlt-hard-registry", "dlt-hard-registry-2", "dlt-hard-port-holder", "dlt-hard-port-taker", "dlt-hard-port-taker-2", "dlt-hard-push-registry"}) {
      try {
        engine.removeContainer(name, true);
      } catch (RuntimeException e) {
        // not there
      }
    }
    engine.close();
  }

  @Test
  void engineStops_nextCommandSaysSoInOneLine_andWorksAgainWhenItIsBack() throws Exception {
    EngineProxy proxy = EngineProxy.start(0);
    int port = proxy.port();
    LabProcess lab = new LabProcess(state, Map.of("DOCKER_HOST", proxy.dockerHost()));
    try (LiveShell shell = new LiveShell(lab, state)) {
      shell.typeLine("docker version");
      shell.waitFor(o -> o.contains(SERVER), LINE, "docker version through the proxy");

      proxy.close(); // the engine goes away while the shell is open
      int errLinesBefore = (int) shell.stderr().lines().count();
      shell.typeLine("docker images");
      shell.waitFor(o -> o.contains("does not answer"), LINE, "the engine's absence said");
      shell.typeLine("pwd");
      shell.waitFor(o -> o.contains(state.resolve("workspace").toString()), LINE, "the shell still answering");
      var said = shell.stderr().lines().skip(errLinesBefore).filter(l -> !l.startsWith("hint:")).toList();
      assertThat(said).as("what docker images said with the engine gone").hasSize(1);
      assertThat(said.get(0)).contains("127.0.0.1:" + port).contains("does not answer");
      assertThat(shell.alive()).isTrue();

      proxy = EngineProxy.start(port); // the engine comes back on the same address
      shell.typeLine("docker version");
      shell.waitFor(o -> o.split(SERVER, -1).length - 1 == 2, LINE, "docker version once the engine is back");
      assertThat(shell.finish(LINE)).as("one line failed").isEqualTo(1);
    } finally {
      proxy.close();
    }
  }

  @Test
  void hostPortHeldByAProgram_probeNamesIt_andDockerRunExplainsIt() throws Exception {
    try (ServerSocket held = new ServerSocket()) {
      held.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0));
      int port = held.getLocalPort();
      PortProbe probe = PortProbe.system();
      assertThat(probe.isFree(port)).isFalse();
      assertThat(probe.owner(port)).get().asString().contains("pid " + ProcessHandle.current().pid());

      LabProcess.Result r = new LabProcess(state).run("", 60, "shell", "-c",
          "docker run -d --name dlt-hard-port-taker -p " + port + ":5000 registry:2");
      assertThat(r.exitCode()).isNotZero();
      assertThat(r.err()).containsIgnoringCase("address already in use")
          .contains("hint: A program on this machine (not a container) already listens on port " + port);
    }
  }

  @Test
  void hostPortPublishedByAnotherContainer_dockerRunExplainsBothWays() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    LabProcess lab = new LabProcess(state);
    assertThat(lab.run("", 60, "shell", "-c", "docker run -d --name dlt-hard-port-holder -p " + port + ":5000 registry:2").exitCode()).isZero();
    LabProcess.Result r = lab.run("", 60, "shell", "-c", "docker run -d --name dlt-hard-port-taker-2 -p " + port + ":5000 registry:2");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("port is already allocated")
        .contains("hint: Another container already publishes that host port (" + port + ")")
        .contains("docker rm -f").contains("-p OTHER:CONTAINER");
  }

  @Test
  void containerNameInUse_explainsBothWaysOut() throws Exception {
    engine.createContainer(Specs.container("dlt-hard-registry", "registry:2", Map.of()));
    LabProcess.Result r = new LabProcess(state).run("", 60, "shell", "-c", "docker run -d --name dlt-hard-registry registry:2");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("\"/dlt-hard-registry\" is already in use")
        .contains("docker rm -f dlt-hard-registry").contains("another --name");
  }

  @Test
  void registryKilledDuringAPush_pushEndsWithAnError_withinAMinute() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String image = "localhost:" + port + "/dlt-hard-big:1";
    RandomImage.build(engine, image, 150, state);
    try {
      engine.createContainer(Specs.withPorts("dlt-hard-push-registry", "registry:2", List.of(new ContainerSpec.Port(port, 5000)), Map.of()));
      engine.startContainer("dlt-hard-push-registry");
      waitForRegistry(port);
      try (LiveShell shell = new LiveShell(new LabProcess(state), state)) {
        shell.typeLine("docker push " + image);
        shell.waitFor(o -> o.contains("Pushing") || o.contains("Preparing") || o.contains("Waiting"), LINE, "the push under way");
        Thread.sleep(1000);
        engine.killContainer("dlt-hard-push-registry"); // mid-push
        long killed = System.nanoTime();
        shell.typeLine("pwd");
        String out = shell.waitFor(o -> o.contains(state.resolve("workspace").toString()), Duration.ofSeconds(120), "the push to end after the registry died");
        long seconds = (System.nanoTime() - killed) / 1_000_000_000L;
        // the engine retries each layer 5 times (5+10+15+20 s), as the docker CLI does, then gives up: about 54 s
        assertThat(seconds).as("seconds from the kill to the push's end").isLessThanOrEqualTo(120);
        assertThat(out).as("the retries are shown, so the wait is not a silent hang").contains("Retrying in");
        assertThat(out).doesNotContain("digest: sha256:");
        assertThat(shell.stderr()).containsPattern("(?m)^(Error|dockerlab:|.*error).*");
        assertThat(shell.finish(LINE)).isEqualTo(1);
      }
    } finally {
      engine.removeImage(image, true);
    }
  }

  private static void waitForRegistry(int port) throws Exception {
    assertThat(HttpWaitStrategy.registry("127.0.0.1:" + port).awaitReady(Duration.ofSeconds(30)))
        .as("the test registry on port " + port + " did not answer").isEmpty();
  }
}
