package org.dockerlab.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Version;
import java.nio.file.Path;
import org.dockerlab.testing.RequiresEngine;
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
    try (DockerJavaGateway engine = TestEngine.connect(config)) {
      EngineInfo info = engine.info();
      assertThat(info.version()).isEqualTo(expected.getVersion());
      assertThat(info.apiVersion()).isEqualTo(expected.getApiVersion()).matches("1\\.\\d+");
      assertThat(info.os()).isNotBlank();
    }
  }

  @Test
  void trace_recordsTheApiCalls() {
    try (DockerJavaGateway engine = TestEngine.connect(config)) {
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
    try (DockerJavaGateway engine = TestEngine.connect(config)) {
      assertThat(engine.inspectImage("dockerlab-no-such-image:never")).isEmpty();
    }
  }
}
