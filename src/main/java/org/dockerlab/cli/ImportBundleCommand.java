package org.dockerlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.commands.ArchiveInput;
import org.dockerlab.io.ByteProgress;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.HumanUnits;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.images.LabImage;
import org.dockerlab.images.LabImages;
import org.dockerlab.images.LoadedImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dockerlab images import FILE}: loads a classroom bundle (gzip or plain tar) into the engine. */
@Command(
    name = "import",
    description = {
      "Load a bundle written by 'dockerlab images export' (gzip or plain tar, told by its first bytes)",
      "into the engine, then say which lab images are present."
    })
final class ImportBundleCommand extends ImagesSubcommand {
  @Parameters(paramLabel = "FILE", description = "The bundle to load, e.g. dockerlab-images.tar.gz")
  Path file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = out();
    Path source = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(source)) {
      String why = Files.isDirectory(source) ? "it is a directory" : "no such file";
      throw new LabException(ExitCode.BAD_INPUT, "cannot import " + file + ": " + why);
    }
    DockerGateway engine = engine();
    String name = file.toString();
    CancelToken cancel = new CancelToken();
    List<String> lines;
    try (InterruptHook hook = InterruptHook.install(cancel);
        ByteProgress progress = progress("Importing " + name);
        ArchiveInput archive =
            ArchiveInput.require(Files.newInputStream(source), name, name + " is empty: it holds no image archive", cancel, progress)) {
      cancel.onCancel(archive);
      lines = archive.loadInto(engine, line -> {
        progress.close();
        out.println(line);
        out.flush();
      }, cancel);
    }
    List<String> loaded = LoadedImages.references(lines);
    out.printf("Imported %d image%s from %s (%s)%n", loaded.size(), loaded.size() == 1 ? "" : "s", name, HumanUnits.size(Files.size(source)));
    List<LabImage> notInBundle = LoadedImages.notIn(LabImages.all(), loaded);
    if (!notInBundle.isEmpty()) {
      out.println("The bundle did not contain these lab images: " + references(notInBundle));
    }
    List<LabImage> missing = LabImages.all().stream().filter(i -> engine.inspectImage(i.reference()).isEmpty()).toList();
    if (!missing.isEmpty()) {
      out.println("Still missing: " + references(missing) + ". Run 'dockerlab images prepare' to get them.");
      return ExitCode.FAILED;
    }
    out.println("All " + LabImages.all().size() + " lab images are present.");
    return ExitCode.OK;
  }

  private static String references(List<LabImage> images) {
    return images.stream().map(LabImage::reference).collect(Collectors.joining(", "));
  }
}
