package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.testing.DockerRunner.Result;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker build against an engine in memory: the context it sends, the tags, the output and the errors. */
class BuildCommandTest {
  @TempDir Path dir;
  private final FakeGateway engine = new FakeGateway().withImage("sha256:" + "1".repeat(64), "busybox:latest");

  private Result docker(String... args) {
    return new DockerRunner(engine, dir, dir.resolve("config"), null).run(args);
  }

  @Test
  void build_sendsTheContextLessWhatDockerignoreLeavesOut_andTagsTheImage_asTheLearnersOwn() throws Exception {
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("Dockerfile"), "FROM busybox\nCOPY hello.txt /\nCMD [\"cat\", \"/hello.txt\"]\n");
    Files.writeString(app.resolve("hello.txt"), "hi\n");
    Files.createDirectories(app.resolve("logs/old"));
    Files.writeString(app.resolve("logs/old/a.log"), "x");
    Files.writeString(app.resolve("secret.env"), "x");
    Files.writeString(app.resolve("keep.env"), "x");
    Files.writeString(app.resolve(".dockerignore"), "# not sent\nlogs\n*.env\n!keep.env\nDockerfile\n");

    java.util.function.Supplier<java.util.Set<String>> contexts = () -> {
      try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
        return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("dockerlab-build-context-")).collect(java.util.stream.Collectors.toSet());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    java.util.Set<String> before = contexts.get();

    Result r = docker("build", "-t", "myapp:1", "-t", "localhost:5000/myapp", "app");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(contexts.get()).as("the context's tar file is removed once sent").isSubsetOf(before);
    assertThat(r.out()).startsWith("Sending build context to Docker daemon  ")
        .contains("Step 1/3 : FROM busybox\n", "Step 3/3 : CMD [\"cat\", \"/hello.txt\"]\n", "Successfully tagged localhost:5000/myapp:latest\n");
    assertThat(engine.builtFiles()).contains("Dockerfile", ".dockerignore", "hello.txt", "keep.env")
        .doesNotContain("secret.env", "logs/", "logs/old/", "logs/old/a.log");
    assertThat(engine.inspectImage("myapp:1")).isPresent();
    assertThat(engine.inspectImage("localhost:5000/myapp:latest")).isPresent();
  }

  @Test
  void build_quiet_printsOnlyTheId_andDashFNamesAnotherDockerfile() throws Exception {
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(dir.resolve("Other.dockerfile"), "FROM busybox\n");

    Result r = docker("build", "-q", "-f", "Other.dockerfile", "-t", "other", "app");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).matches("sha256:[0-9a-f]{64}\n");
    assertThat(engine.builtFiles()).anyMatch(f -> f.startsWith(".dockerfile."));
  }

  @Test
  void aMissingDockerfile_aMissingDirectory_andAMistypedInstruction_areOneLineEach() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    Result none = docker("build", "-t", "x", "empty");
    assertThat(none.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(none.err()).isEqualTo("Error: unable to prepare context: empty has no Dockerfile (write empty/Dockerfile, or name another with -f)\n");

    assertThat(docker("build", "nowhere").err()).startsWith("Error: unable to prepare context: path \"nowhere\" not found");

    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("Dockerfile"), "FROM busybox\nRUNN echo hi\n");
    Result typo = docker("build", "app");
    assertThat(typo.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(typo.err()).startsWith("Error response from daemon: dockerfile parse error line 2: unknown instruction: RUNN (hint: check the spelling of RUNN;")
        .doesNotContain("\tat ");
    assertThat(typo.err().lines()).hasSize(1);
  }

  @Test
  void dockerignore_patterns_asTheCliReadsThem() {
    DockerIgnore ignore = new DockerIgnore("**/*.log\n/build\ndocs/*.md\n!docs/README.md\ntmp?\n");
    assertThat(ignore.excludes("a/b/c.log")).isTrue();
    assertThat(ignore.excludes("c.log")).isTrue();
    assertThat(ignore.excludes("build/out/x")).isTrue();
    assertThat(ignore.excludes("docs/guide.md")).isTrue();
    assertThat(ignore.excludes("docs/README.md")).isFalse();
    assertThat(ignore.excludes("tmp1")).isTrue();
    assertThat(ignore.excludes("tmp12")).isFalse();
    assertThat(ignore.excludes("src/main.c")).isFalse();
  }
}
