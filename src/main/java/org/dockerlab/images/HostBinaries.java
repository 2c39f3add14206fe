package org.dockerlab.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds host programs the offline images are built from, and the shared libraries they link. */
final class HostBinaries {
  private static final Pattern LIB = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x");

  private HostBinaries() {}

  /** The libraries a dynamic program loads, as absolute paths; empty for a static program. */
  static List<Path> sharedLibraries(Path program) throws IOException {
    Process ldd = new ProcessBuilder("ldd", program.toString()).redirectErrorStream(true).start();
    String out;
    try {
      out = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!ldd.waitFor(10, TimeUnit.SECONDS)) {
        ldd.destroyForcibly();
        throw new IOException("ldd " + program + " did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the libraries of " + program, e);
    }
    return parseLdd(out);
  }

  static List<Path> parseLdd(String lddOutput) {
    List<Path> libs = new ArrayList<>();
    for (String line : lddOutput.split("\n")) {
      Matcher m = LIB.matcher(line);
      if (m.find()) {
        libs.add(Path.of(m.group(1)));
      }
    }
    return libs;
  }

  /** True when the program runs without a dynamic loader (what {@code FROM scratch} needs). */
  static boolean isStatic(Path program) throws IOException {
    return sharedLibraries(program).isEmpty();
  }

  static boolean executable(Path program) {
    return Files.isRegularFile(program) && Files.isExecutable(program);
  }
}
