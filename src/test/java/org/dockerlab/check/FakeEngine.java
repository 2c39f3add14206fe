package org.dockerlab.check;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineUnavailableException;
import org.dockerlab.docker.ImageDetails;

/**
 * A gateway answering only what unit tests need, built as a proxy so that methods added to the gateway
 * later do not break these tests.
 */
public final class FakeEngine {
  private FakeEngine() {}

  /** An engine whose images are the given ones, by reference. */
  public static DockerGateway withImages(Map<String, ImageDetails> images) {
    return (DockerGateway)
        Proxy.newProxyInstance(
            DockerGateway.class.getClassLoader(),
            new Class<?>[] {DockerGateway.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "inspectImage" -> Optional.ofNullable(images.get((String) args[0]));
                  case "inspectContainer" -> Optional.empty();
                  case "imageReferences" -> images.keySet().stream().sorted().toList();
                  case "containers" -> List.of();
                  case "toString" -> "FakeEngine";
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** An engine that does not answer. */
  public static DockerGateway down() {
    return (DockerGateway)
        Proxy.newProxyInstance(
            DockerGateway.class.getClassLoader(),
            new Class<?>[] {DockerGateway.class},
            (proxy, method, args) -> {
              if (method.getName().equals("toString")) {
                return "FakeEngine(down)";
              }
              throw EngineUnavailableException.unreachable("unix:///var/run/docker.sock", null);
            });
  }
}
