package org.dockerlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code dockerlab version}: the lab's version and the Java it runs on. Does not contact the engine. */
@Command(name = "version", description = "Print the version of dockerlab.")
final class LabVersionCommand extends CliCommand {
  @Override
  public Integer call() {
    print(out());
    return 0;
  }

  /** Prints the version lines, as {@code version} and {@code --version} do. */
  static void print(PrintWriter out) {
    for (String line : new Provider().getVersion()) {
      out.println(line);
    }
    out.flush();
  }

  static String version() {
    try (InputStream in = LabVersionCommand.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Shared by {@code version} and {@code --version}. */
  static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "dockerlab " + version(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
