package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle commands' refusals, which come before any engine call. */
class BundleCommandsTest {
  @TempDir Path dir;

  @Test
  void export_overAnExistingFile_refusesWithoutForce_andLeavesItAlone() throws Exception {
    Path existing = Files.writeString(dir.resolve("dlt-bnd-room.tar.gz"), "keep me");
    Cli.Result r = new Cli(dir).run("images", "export", existing.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("dockerlab: " + existing + " already exists; use --force to replace it");
    assertThat(Files.readString(existing)).isEqualTo("keep me");
  }

  @Test
  void export_intoAMissingDirectory_isBadInput() {
    Cli.Result r = new Cli(dir).run("images", "export", dir.resolve("nowhere/room.tar.gz").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("does not exist");
  }

  @Test
  void import_ofAMissingFile_isBadInput_namingTheFile() {
    Path missing = dir.resolve("dlt-bnd-missing.tar.gz");
    Cli.Result r = new Cli(dir).run("images", "import", missing.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("dockerlab: cannot import " + missing + ": no such file");
  }
}
