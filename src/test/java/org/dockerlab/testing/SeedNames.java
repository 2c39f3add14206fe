package org.dockerlab.testing;

import java.util.List;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageDetails;

/**
 * The seed's fixed names (containers {@code registry} and {@code myapp}, ports 5000 and 8080). Tests that
 * replay the seed remove only what the lab shell created under those names, never anything else.
 */
public final class SeedNames {
  public static final String CREATED_BY = "org.dockerlab.created-by";
  public static final List<String> CONTAINERS = List.of("registry", "myapp");

  private SeedNames() {}

  /** Removes the seed's containers when the lab made them; fails when someone else's are in the way. */
  public static void clear(DockerGateway engine) {
    for (ContainerSummary c : engine.containers(true)) {
      if (CONTAINERS.contains(c.name())) {
        if (!c.labels().containsKey(CREATED_BY)) {
          throw new IllegalStateException("a container named '" + c.name() + "' exists that the lab did not create; remove it to run this test");
        }
        engine.removeContainer(c.id(), true);
      }
    }
    for (String ref : List.of("localhost:5000/myapp", "localhost:5000/busybox")) {
      if (engine.inspectImage(ref).isPresent()) {
        engine.removeImage(ref, false);
      }
    }
  }

  /** Puts {@code myapp:latest} back (the seed removes it) from the registry copy or a rebuild. */
  public static void restoreMyapp(DockerGateway engine) {
    if (engine.inspectImage("myapp:latest").isPresent()) {
      return;
    }
    if (engine.inspectImage("localhost:5000/myapp:latest").isPresent()) {
      engine.tag("localhost:5000/myapp:latest", "myapp:latest");
      return;
    }
    new org.dockerlab.images.ImageProvisioner(engine, false, line -> {}).ensure(org.dockerlab.images.LabImages.find("myapp:latest").orElseThrow());
  }

  public static String imageId(DockerGateway engine, String ref) {
    return engine.inspectImage(ref).map(ImageDetails::id).orElse("<missing>");
  }
}
