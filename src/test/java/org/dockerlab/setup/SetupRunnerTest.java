package org.dockerlab.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.docker.config.DockerConfigFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actions that only touch files: no engine needed. */
class SetupRunnerTest {
  @TempDir Path dir;
  private final List<String> report = new ArrayList<>();

  private SetupRunner runner() {
    return new SetupRunner(null, null, new LabDirs(dir.resolve("ws"), dir.resolve("cfg"), dir.resolve("state")), report::add);
  }

  @Test
  void writeFile_thenRemoveFile_twice() throws Exception {
    SetupRunner r = runner();
    r.run(new WriteFile("notes/hello.txt", "hi\n"));
    assertThat(Files.readString(dir.resolve("ws/notes/hello.txt"))).isEqualTo("hi\n");
    r.run(new RemoveFile("notes/hello.txt"));
    r.run(new RemoveFile("notes/hello.txt"));
    assertThat(dir.resolve("ws/notes/hello.txt")).doesNotExist();
    assertThat(report).containsExactly("notes/hello.txt: written", "notes/hello.txt: removed", "notes/hello.txt: none, nothing to remove");
  }

  @Test
  void logout_removesOnlyThatRegistry_andKeepsOtherFields() throws Exception {
    Files.createDirectories(dir.resolve("cfg"));
    Files.writeString(dir.resolve("cfg/config.json"),
        "{\"auths\": {\"localhost:5000\": {\"auth\": \"bWFudTptYW51\"}, \"localhost:5001\": {\"auth\": \"eDp5\"}}, \"HttpHeaders\": {}}");
    runner().run(new Logout("http://localhost:5000"));
    DockerConfigFile config = DockerConfigFile.load(dir.resolve("cfg"));
    assertThat(config.auth("localhost:5000")).isEmpty();
    assertThat(config.auth("localhost:5001")).isPresent();
    assertThat(Files.readString(dir.resolve("cfg/config.json"))).contains("HttpHeaders");
    assertThat(report).containsExactly("logged out of localhost:5000");
  }
}
