package org.dockerlab.docker.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.ImageSummary;
import org.dockerlab.io.CancelToken;

/** What the image subcommand tests share: running with a chosen terminal and token, reading archives, cleanup. */
final class ImageTestSupport {
  static final String PREFIX = "dlt-img-";

  private ImageTestSupport() {}

  /** Runs {@code docker ARGS} with the given streams, terminal flags and cancel token; returns the exit code. */
  static int run(DockerGateway engine, Path workdir, InputStream stdin, OutputStream stdout, Writer err,
      boolean stdoutIsTerminal, boolean errIsTerminal, CancelToken cancel, String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    DockerIo io = new DockerIo(stdin, stdout, out, new PrintWriter(err, true), stdoutIsTerminal, errIsTerminal, workdir, cancel);
    return new DockerCli(new DockerContext(engine, workdir.resolve("config"), null), false).run(Arrays.asList(args), io).exitCode();
  }

  /** The entry names of a tar archive and the text of its manifest.json. */
  record Archive(List<String> names, String manifest) {}

  static Archive readArchive(InputStream in) throws IOException {
    List<String> names = new ArrayList<>();
    String manifest = null;
    try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        names.add(e.getName());
        if (e.getName().equals("manifest.json")) {
          manifest = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    return new Archive(names, manifest);
  }

  static String idOf(DockerGateway engine, String reference) {
    return engine.inspectImage(reference).orElseThrow().id();
  }

  /** Removes every tag under our prefix (only tags: the lab images they point to stay). */
  static void removeOurTags(DockerGateway engine) {
    for (ImageSummary i : engine.images(true, Map.of("reference", List.of(PREFIX + "*")))) {
      for (String tag : i.repoTags()) {
        if (tag.startsWith(PREFIX)) {
          try {
            engine.removeImage(tag, true);
          } catch (RuntimeException alreadyGone) {
            // another cleanup got there first
          }
        }
      }
    }
  }

  static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().equals("config")).toList();
    }
  }

  static ByteArrayOutputStream bytes() {
    return new ByteArrayOutputStream();
  }
}
