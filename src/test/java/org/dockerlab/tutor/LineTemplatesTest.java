package org.dockerlab.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;

/** A lesson line's {repo-digest:IMAGE}: the digest the push gave, a readable placeholder before, no engine when none. */
class LineTemplatesTest {
  @Test
  void aPushedImage_givesItsRepositoryDigest_ofThatRepository() {
    FakeGateway engine = new FakeGateway().withImage(new ImageDetails("sha256:a1", List.of("localhost:5000/myapp:1.0", "myapp:latest"),
        List.of("docker.io/library/myapp@sha256:" + "e".repeat(64), "localhost:5000/myapp@sha256:" + "d".repeat(64)), Map.of(), 1));

    assertThat(LineTemplates.expand("docker run -d --name pinned {repo-digest:localhost:5000/myapp:1.0}", () -> engine))
        .isEqualTo("docker run -d --name pinned localhost:5000/myapp@sha256:" + "d".repeat(64));
  }

  @Test
  void anImageNotPushed_getsAPlaceholderThatSaysWhereToFindIt() {
    DockerGateway engine = new FakeGateway().withImage("sha256:a1", "localhost:5000/myapp:1.0");
    assertThat(LineTemplates.expand("docker run {repo-digest:localhost:5000/myapp:1.0}", () -> engine))
        .isEqualTo("docker run localhost:5000/myapp@sha256:<digest of localhost:5000/myapp:1.0 from docker images --digests>");
  }

  @Test
  void aLineWithoutTemplates_neverAsksTheEngine() {
    AtomicInteger asked = new AtomicInteger();
    assertThat(LineTemplates.expand("docker push localhost:5000/myapp:1.0", () -> {
      asked.incrementAndGet();
      return new FakeGateway();
    })).isEqualTo("docker push localhost:5000/myapp:1.0");
    assertThat(asked).hasValue(0);
    assertThat(LineTemplates.references("a {repo-digest:x:1} b {repo-digest:y}")).containsExactly("x:1", "y");
  }
}
