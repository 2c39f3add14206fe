package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import org.dockerlab.docker.ImageRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code docker pull}: downloads an image, with the credentials config.json holds for its registry. */
@Command(name = "pull", description = "Download an image from a registry.")
final class PullCommand extends DockerSubcommand {
  @Parameters(paramLabel = "NAME[:TAG|@DIGEST]", description = "The image, e.g. busybox or localhost:5000/myapp:1.0")
  String image;

  @Override
  public Integer call() {
    ImageRef ref = ImageRef.parse(image);
    DockerIo io = io();
    if (ref.tag() == null && ref.digest() == null) {
      io.out().println("Using default tag: latest");
      io.out().flush();
    }
    pull(docker(), ref, io.out(), io.stdoutIsTerminal());
    io.out().println(fullyQualified(ref));
    io.out().flush();
    return 0;
  }

  /**
   * Pulls with the stored credentials for the image's registry, showing per-layer progress on {@code out};
   * shared with {@code docker run}, which pulls a missing image the same way.
   */
  static void pull(DockerCommand docker, ImageRef ref, PrintWriter out, boolean terminal) {
    DockerIo io = docker.io();
    RegistryAuth.withLogin(docker, ref.authKey(), login ->
        docker.context().engine().pull(ref.toString(), login, null, RegistryAuth.progress(io, out, terminal), io.cancel()));
  }

  /** {@code docker.io/library/busybox:latest}: the CLI ends a pull with the reference spelled out in full. */
  static String fullyQualified(ImageRef ref) {
    String name = ref.onDockerHub() ? ImageRef.DOCKER_HUB + "/" + ref.remotePath() : ref.registry() + "/" + ref.path();
    if (ref.digest() != null) {
      return name + (ref.tag() == null ? "" : ":" + ref.tag()) + "@" + ref.digest();
    }
    return name + ":" + ref.tagOrLatest();
  }
}
