package org.dockerlab.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Version;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.dockerlab.io.CancelToken;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.Specs;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

@RequiresEngine
class GatewayIT {
  @TempDir Path config;

  @Test
  void info_reportsTheEnginesVersion_asTestcontainersSeesIt() {
    Version expected = DockerClientFactory.instance().client().versionCmd().exec();
    try (DockerGateway engine = TestEngine.connect(config)) {
      EngineInfo info = engine.info();
      assertThat(info.version()).isEqualTo(expected.getVersion());
      assertThat(info.apiVersion()).isEqualTo(expected.getApiVersion()).matches("1\\.\\d+");
      assertThat(info.os()).isNotBlank();
    }
  }

  @Test
  void trace_recordsTheApiCalls() {
    try (DockerGateway engine = TestEngine.connect(config)) {
      engine.trace().drain();
      engine.info();
      engine.inspectImage("dockerlab-no-such-image:never");
      assertThat(engine.trace().drain())
          .extracting(ApiCall::method, ApiCall::path, ApiCall::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("GET", "/version", 200),
              org.assertj.core.groups.Tuple.tuple("GET", "/images/dockerlab-no-such-image:never/json", 404));
    }
  }

  @Test
  void missingImage_isEmpty_notAnError() {
    try (DockerGateway engine = TestEngine.connect(config)) {
      assertThat(engine.inspectImage("dockerlab-no-such-image:never")).isEmpty();
    }
  }

  @Test
  void events_betweenSinceAndUntil_tellWhatHappenedToImages() throws Exception {
    String tag = "dlt-gw-events:" + System.nanoTime();
    try (DockerGateway engine = TestEngine.connect(config)) {
      Instant since = Instant.now().minusSeconds(1);
      engine.tag("busybox:latest", tag);
      engine.removeImage(tag, false);
      Instant until = Instant.now().plusSeconds(1);
      List<EngineEvent> seen = new CopyOnWriteArrayList<>();
      try (Subscription events = engine.events(new EventFilter(since, until, Map.of("type", List.of("image"))), seen::add)) {
        assertThat(events.awaitEnd(Duration.ofSeconds(20))).as("the engine ends the stream after until").isTrue();
      }
      assertThat(seen).allSatisfy(e -> assertThat(e.type()).isEqualTo("image"));
      assertThat(seen).anySatisfy(e -> {
        assertThat(e.action()).isEqualTo("tag");
        assertThat(e.attributes()).containsEntry("name", tag);
        assertThat(e.time()).isBetween(since, until);
      });
      assertThat(seen).anySatisfy(e -> assertThat(e.action()).isEqualTo("untag"));
    }
  }

  @Test
  void events_withoutUntil_followUntilClosed() throws Exception {
    String tag = "dlt-gw-follow:" + System.nanoTime();
    try (DockerGateway engine = TestEngine.connect(config)) {
      List<EngineEvent> seen = new CopyOnWriteArrayList<>();
      Subscription events = engine.events(new EventFilter(null, null, Map.of("type", List.of("image"))), seen::add);
      try {
        engine.tag("busybox:latest", tag);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (seen.stream().noneMatch(e -> tag.equals(e.attributes().get("name"))) && System.nanoTime() < end) {
          Thread.sleep(50);
        }
        assertThat(seen).anySatisfy(e -> assertThat(e.attributes()).containsEntry("name", tag));
      } finally {
        events.close();
        engine.removeImage(tag, false);
      }
      assertThat(events.awaitEnd(Duration.ofSeconds(5))).as("closing ends the stream").isTrue();
    }
  }

  @Test
  void load_saysWhatItLoaded_andHowManyBytesWereSent() throws Exception {
    try (DockerGateway engine = TestEngine.connect(config)) {
      byte[] archive;
      try (InputStream saved = engine.saveImage("busybox:latest")) {
        archive = saved.readAllBytes();
      }
      AtomicLong sent = new AtomicLong();
      List<String> heard = new ArrayList<>();
      List<String> lines = engine.loadImages(new ByteArrayInputStream(archive), heard::add, sent::set);
      assertThat(lines).contains("Loaded image: busybox:latest").isEqualTo(heard);
      assertThat(sent.get()).isEqualTo(archive.length);
    }
  }

  @Test
  void push_toARegistryJustStarted_waitsForIt_insteadOfFailing() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String name = "dlt-gw-registry-" + port;
    String image = "localhost:" + port + "/dlt-gw-busybox:1";
    try (DockerGateway engine = TestEngine.connect(config)) {
      engine.tag("busybox:latest", image);
      try {
        engine.runContainer(Specs.withPorts(name, "registry:2", List.of(new ContainerSpec.Port(port, 5000)), Map.of(LabLabels.CREATED_BY, "dlt-test")));
        List<RegistryEvent> events = new ArrayList<>();
        engine.push(image, null, Duration.ofMinutes(2), events::add, CancelToken.none());
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(RegistryEvent.Progress.class,
            p -> assertThat(p.status()).matches("1: digest: sha256:[0-9a-f]{64} size: \\d+")));
      } finally {
        engine.removeContainer(name, true);
        engine.removeImage(image, false);
      }
    }
  }
}
