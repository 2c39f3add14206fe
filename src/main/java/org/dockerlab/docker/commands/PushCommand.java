package org.dockerlab.docker.commands;

import org.dockerlab.docker.ImageRef;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docker push}: uploads an image, with the credentials config.json holds for its registry. */
@Command(name = "push", description = "Upload an image to a registry.")
final class PushCommand extends DockerSubcommand {
  @Option(names = {"-a", "--all-tags"}, description = "Push all tags of an image to the repository")
  boolean allTags;

  @Parameters(paramLabel = "NAME[:TAG]", description = "The image, tagged with the registry: localhost:5000/myapp")
  String image;

  @Override
  public Integer call() {
    ImageRef ref = ImageRef.parse(image);
    if (ref.digest() != null) {
      throw LabException.badInput("cannot push a digest reference");
    }
    DockerIo io = io();
    if (allTags) {
      if (ref.tag() != null) {
        throw LabException.badInput("tag can't be used with --all-tags/-a");
      }
      RegistryAuth.withLogin(docker(), ref.authKey(), login ->
          engine().pushAllTags(ref.toString(), login, RegistryAuth.progress(io, io.out(), io.stdoutIsTerminal()), io.cancel()));
      io.out().flush();
      return 0;
    }
    if (ref.tag() == null) {
      io.out().println("Using default tag: latest");
    }
    RegistryAuth.withLogin(docker(), ref.authKey(), login ->
        engine().push(ref.toString(), login, null, RegistryAuth.progress(io, io.out(), io.stdoutIsTerminal()), io.cancel()));
    io.out().flush();
    return 0;
  }
}
