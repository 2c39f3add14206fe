package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsGeneratorTest {
  @TempDir Path target;

  @Test
  void buildWritesCompletionScripts_equalToWhatTheCommandPrints() throws Exception {
    DocsGenerator.generate(target);
    Cli cli = new Cli(target.resolve("state"));
    assertThat(target.resolve("completion/dockerlab.bash")).hasContent(cli.run("completion", "bash").out());
    assertThat(target.resolve("completion/_dockerlab")).hasContent(cli.run("completion", "zsh").out());
  }

  @Test
  void buildWritesAManPagePerCommand_withItsOptionsAndExitCodes() throws Exception {
    DocsGenerator.generate(target);
    Path adoc = target.resolve("man-adoc");
    for (String page : new String[] {"dockerlab", "dockerlab-grade", "dockerlab-doctor", "dockerlab-images-prepare", "dockerlab-completion"}) {
      assertThat(adoc.resolve(page + ".adoc")).exists();
    }
    String grade = Files.readString(adoc.resolve("dockerlab-grade.adoc"));
    assertThat(grade).contains(":doctype: manpage").contains("--live").contains("Exit codes");
    assertThat(Files.readString(adoc.resolve("dockerlab.adoc"))).contains("xref:dockerlab-grade.adoc[*grade*]");
  }
}
