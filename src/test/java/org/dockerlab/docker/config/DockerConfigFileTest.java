package org.dockerlab.docker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.dockerlab.docker.Credentials;
import org.dockerlab.errors.LabException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigFileTest {
  private static final String CLI_CONFIG =
      """
      {
      	"auths": {
      		"https://index.docker.io/v1/": {},
      		"vps413835.ovh.net:444": {}
      	},
      	"HttpHeaders": {
      		"User-Agent": "Docker-Client/19.03.13 (darwin)"
      	},
      	"credsStore": "osxkeychain",
      	"credHelpers": {
      		"gcr.io": "gcloud"
      	},
      	"experimental": "disabled",
      	"stackOrchestrator": "swarm"
      }""";

  @TempDir Path dir;

  private Path configFile() {
    return dir.resolve("config.json");
  }

  @Test
  void store_thenRemove_keepsEveryFieldTheLabDoesNotKnow() throws IOException {
    Files.writeString(configFile(), CLI_CONFIG);

    DockerConfigFile.load(dir).store("localhost:5000", "manu", "manu".toCharArray());
    DockerConfigFile.load(dir).remove("localhost:5000");

    assertThat(Files.readString(configFile())).isEqualTo(CLI_CONFIG.strip());
  }

  @Test
  void store_writesTheCliFormat_withBase64OfUserColonPassword() throws IOException {
    DockerConfigFile.load(dir).store("localhost:5000", "manu", "manu".toCharArray());

    assertThat(Files.readString(configFile()))
        .isEqualTo("{\n\t\"auths\": {\n\t\t\"localhost:5000\": {\n\t\t\t\"auth\": \"bWFudTptYW51\"\n\t\t}\n\t}\n}");
  }

  @Test
  void store_createsTheFileOwnerOnly_inAnOwnerOnlyDirectory() throws IOException {
    Path nested = dir.resolve("docker-config");

    DockerConfigFile.load(nested).store("localhost:5000", "manu", "manu".toCharArray());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.resolve("config.json")))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested))).isEqualTo("rwx------");
  }

  @Test
  void store_overAWorldReadableFile_leavesItOwnerOnly() throws IOException {
    Files.writeString(configFile(), "{}");
    Files.setPosixFilePermissions(configFile(), PosixFilePermissions.fromString("rw-r--r--"));

    DockerConfigFile.load(dir).store("localhost:5000", "manu", "manu".toCharArray());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(configFile()))).isEqualTo("rw-------");
  }

  @Test
  void auth_readsBackWhatStoreWrote() {
    DockerConfigFile.load(dir).store("localhost:5000", "manu", "s3cr:et".toCharArray());

    Credentials c = DockerConfigFile.load(dir).auth("localhost:5000").orElseThrow();
    assertThat(c.username()).isEqualTo("manu");
    assertThat(c.password()).containsExactly("s3cr:et".toCharArray());
    assertThat(c.toString()).doesNotContain("s3cr");
  }

  @Test
  void auth_honoursUsernameAndPasswordFields_andHttpSpellingsOfTheKey() throws IOException {
    Files.writeString(configFile(), "{\"auths\": {\"http://localhost:5000\": {\"username\": \"u\", \"password\": \"p\"}}}");

    assertThat(DockerConfigFile.load(dir).auth("localhost:5000")).contains(new Credentials("u", "p".toCharArray()));
  }

  @Test
  void auth_ofAnEmptyEntryOrAMissingFile_isEmpty() throws IOException {
    assertThat(DockerConfigFile.load(dir).auth("localhost:5000")).isEmpty();
    Files.writeString(configFile(), CLI_CONFIG);
    assertThat(DockerConfigFile.load(dir).auth("https://index.docker.io/v1/")).isEmpty();
  }

  @Test
  void credentialHelper_namesCredHelpersFirst_thenCredsStore() throws IOException {
    Files.writeString(configFile(), CLI_CONFIG);
    DockerConfigFile config = DockerConfigFile.load(dir);

    assertThat(config.credentialHelper("gcr.io")).contains("gcloud");
    assertThat(config.credentialHelper("localhost:5000")).contains("osxkeychain");
  }

  @Test
  void remove_ofAKeyThatIsNotThere_isFalse_andWritesNothing() {
    assertThat(DockerConfigFile.load(dir).remove("localhost:5000")).isFalse();
    assertThat(configFile()).doesNotExist();
  }

  @Test
  void aWriteThatFailsHalfWay_leavesTheOldFile_andNoTempFile() throws IOException {
    DockerConfigFile.load(dir).store("localhost:5000", "manu", "manu".toCharArray());
    String before = Files.readString(configFile());
    PrivateFileWriter crashing =
        new PrivateFileWriter(
            (out, content) -> {
              out.write(content, 0, content.length / 2);
              throw new IOException("disk full");
            });

    DockerConfigFile config = DockerConfigFile.load(dir, crashing);
    assertThatThrownBy(() -> config.store("localhost:5001", "other", "pw".toCharArray()))
        .isInstanceOf(LabException.class)
        .hasMessageContaining("disk full")
        .hasMessageContaining("unchanged");

    assertThat(Files.readString(configFile())).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(configFile());
    }
  }

  @Test
  void aMalformedFile_isAClearOneLineError_andIsNotOverwritten() throws IOException {
    Files.writeString(configFile(), "{\"auths\": {\"localhost:5000\": ");

    assertThatThrownBy(() -> DockerConfigFile.load(dir))
        .isInstanceOf(LabException.class)
        .hasMessageContaining(configFile().toString())
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining("fix it, or move it away")
        .hasMessageNotContaining("\n");
    assertThat(Files.readString(configFile(), StandardCharsets.UTF_8)).isEqualTo("{\"auths\": {\"localhost:5000\": ");
  }

  @Test
  void authsThatIsNotAnObject_isMalformed() throws IOException {
    Files.writeString(configFile(), "{\"auths\": []}");

    assertThatThrownBy(() -> DockerConfigFile.load(dir)).hasMessageContaining("\"auths\" object");
  }
}
