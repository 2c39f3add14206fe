package org.dockerlab.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Run by the build (exec-maven-plugin, prepare-package): writes the completion scripts and the man pages'
 * AsciiDoc from the same command model as {@code --help}, which the Asciidoctor plugin then renders.
 * Lives with the tests because picocli-codegen is needed only here, not in the jar.
 */
public final class DocsGenerator {
  private DocsGenerator() {}

  /** @param args the build directory (target/) */
  public static void main(String[] args) throws IOException {
    generate(Path.of(args[0]));
  }

  static void generate(Path target) throws IOException {
    CommandLine model = Commands.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), target);
    Path completion = Files.createDirectories(target.resolve("completion"));
    Files.writeString(completion.resolve("dockerlab.bash"), CompletionCommand.script(CompletionCommand.Shell.BASH, model));
    Files.writeString(completion.resolve("_dockerlab"), CompletionCommand.script(CompletionCommand.Shell.ZSH, model));
    Path adoc = Files.createDirectories(target.resolve("man-adoc"));
    int status = ManPageGenerator.generateManPage(adoc.toFile(), (File) null, new boolean[0], true, model.getCommandSpec());
    if (status != 0) {
      throw new IOException("the man page generator failed with status " + status);
    }
  }
}
