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
    return parseLdd(output("ldd", program.toString()));
  }

  /** The applets a busybox has ({@code busybox --list}), sorted, without busybox itself. */
  static List<String> busyboxApplets(Path busybox) throws IOException {
    return output(busybox.toString(), "--list").lines().map(String::strip).filter(a -> !a.isEmpty() && !a.equals("busybox") && !a.contains("/")).sorted().distinct().toList();
  }

  private static String output(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish");
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + String.join(" ", command), e);
    }
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
