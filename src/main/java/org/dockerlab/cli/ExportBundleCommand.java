package org.dockerlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.io.ByteProgress;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.CancelledException;
import org.dockerlab.io.HumanUnits;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.images.BundleFile;
import org.dockerlab.images.BundleFormat;
import org.dockerlab.images.ImageProvisioner;
import org.dockerlab.images.LabImages;
import org.dockerlab.images.Provisioned;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dockerlab images export FILE}: every lab image in one {@code docker save} bundle, for rooms without internet. */
@Command(
    name = "export",
    description = {
      "Write every image the lessons use into one docker archive (gzip, unless FILE ends in .tar),",
      "so a classroom without internet is set up with 'dockerlab images import FILE'."
    })
final class ExportBundleCommand extends ImagesSubcommand {
  @Parameters(paramLabel = "FILE", description = "The bundle to write, e.g. dockerlab-images.tar.gz")
  Path file;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    Path target = checkedTarget(file.toAbsolutePath().normalize());
    DockerGateway engine = engine();
    List<Provisioned> ensured = new ImageProvisioner(engine, true, line -> err.println("  " + line)).ensureAll(LabImages.all());
    List<String> references = ensured.stream().map(p -> p.image().reference()).toList();
    BundleFormat format = BundleFormat.forFile(target);
    BundleFile.Written written;
    CancelToken cancel = new CancelToken();
    try (InterruptHook hook = InterruptHook.install(cancel);
        InputStream archive = engine.saveImages(references);
        ByteProgress progress = progress("Exporting " + references.size() + " images")) {
      cancel.onCancel(archive);
      written = BundleFile.write(archive, target, format, progress::update, cancel);
    } catch (CancelledException e) {
      err.println("export cancelled: no file was written to " + file);
      throw e;
    } catch (IOException e) {
      throw new LabException(ExitCode.FAILED, "writing " + file + " failed: " + e.getMessage() + "; no file was written", e);
    }
    out.printf(
        "Wrote %s: %s (%s, %s of images)%n",
        file, HumanUnits.size(written.fileBytes()), format.words(), HumanUnits.size(written.archiveBytes()));
    out.println("It holds " + ensured.size() + " images:");
    for (Provisioned p : ensured) {
      out.printf("  %-16s %s%n", p.image().reference(), ImagesCommand.shortId(p.imageId()));
    }
    return ExitCode.OK;
  }

  private Path checkedTarget(Path target) {
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new LabException(ExitCode.BAD_INPUT, "cannot write " + file + ": directory " + dir + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new LabException(ExitCode.BAD_INPUT, "cannot write " + file + ": it is a directory");
    }
    if (Files.exists(target) && !force) {
      throw new LabException(ExitCode.BAD_INPUT, file + " already exists; use --force to replace it");
    }
    return target;
  }
}
