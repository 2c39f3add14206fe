package org.dockerlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageDetails;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.images.LabImage;
import org.dockerlab.images.LabImages;
import org.dockerlab.images.Provisioned;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dockerlab images}: the images the lessons use. */
@Command(
    name = "images",
    description = "The images the lessons use: list them, prepare them, or move them as one bundle file.",
    subcommands = {ImagesCommand.Prepare.class, ExportBundleCommand.class, ImportBundleCommand.class})
final class ImagesCommand extends LabSubcommand {
  /** Lists each lab image and whether it is in the engine. */
  @Override
  public Integer call() {
    PrintWriter out = out();
    DockerGateway engine = lab().gateway();
    int missing = 0;
    for (LabImage image : LabImages.all()) {
      Optional<ImageDetails> found = engine.inspectImage(image.reference());
      String state = found.map(ImagesCommand::describe).orElse("missing");
      missing += found.isPresent() ? 0 : 1;
      out.printf("%-16s %-28s %s%n", image.reference(), state, image.description());
    }
    if (missing > 0) {
      out.println("Run 'dockerlab images prepare' to get the missing images.");
    }
    return missing == 0 ? ExitCode.OK : ExitCode.FAILED;
  }

  private static String describe(ImageDetails d) {
    String kind = LabImages.isStandIn(d) ? " (lab stand-in)" : "";
    return shortId(d.id()) + kind;
  }

  /** An image ID as {@code docker images} shows it: 12 hex digits, without {@code sha256:}. */
  static String shortId(String id) {
    String hex = id == null ? "" : id.replaceFirst("^sha256:", "");
    return hex.substring(0, Math.min(12, hex.length()));
  }

  /** {@code dockerlab images prepare}. */
  @Command(
      name = "prepare",
      description = {
        "Make sure every image the lessons use is in the engine: present, else pulled, else built offline",
        "from this machine's packages (busybox-static, docker-registry) and labelled as a lab stand-in."
      })
  static final class Prepare extends ImagesSubcommand {
    @Option(names = "--offline", description = "Do not try to pull; build what is missing from local packages.")
    boolean offline;

    @Override
    public Integer call() {
      PrintWriter out = out();
      ImageProvisioner provisioner = new ImageProvisioner(engine(), !offline, line -> out.println("  " + line));
      List<Provisioned> done = provisioner.ensureAll(LabImages.all());
      for (Provisioned p : done) {
        String note = p.note().isEmpty() ? "" : " (" + p.note() + ")";
        out.printf("%-16s %s%s in %.1f s%n", p.image().reference(), p.how().words(), note, p.took().toMillis() / 1000.0);
      }
      return ExitCode.OK;
    }
  }
}
