package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.shell.Plans.docker;
import static org.dockerlab.shell.Plans.invalid;
import static org.dockerlab.shell.Plans.system;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command of the seed lesson (distributing-images.md), typed verbatim. */
class SeedCommandsTest {
  @Test
  void saveRedirect() {
    Pipeline.Docker d = docker("docker save busybox > busybox.tar");
    assertThat(d.stdout()).isEqualTo(Sink.File.plain(Path.of("busybox.tar"), false));
  }

  @Test
  void listArchive() {
    assertThat(system("ls -sh busybox.tar")).isEqualTo("ls -sh busybox.tar");
  }

  @Test
  void saveThroughGzip() {
    assertThat(docker("docker save myimage:latest | gzip > myimage_latest.tar.gz").stdout())
        .isEqualTo(new Sink.File(Path.of("myimage_latest.tar.gz"), false, true, -1));
  }

  @Test
  void loadRedirect() {
    assertThat(docker("docker load < busybox.tar").stdin()).isEqualTo(new Source.File(Path.of("busybox.tar"), false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "docker run -d -p 5000:5000 --name registry registry:2| run -d -p 5000:5000 --name registry registry:2",
    "docker tag myapp localhost:5000/myapp| tag myapp localhost:5000/myapp",
    "docker push localhost:5000/myapp| push localhost:5000/myapp",
    "docker rmi myapp localhost:5000/myapp| rmi myapp localhost:5000/myapp",
    "docker run -d -p 8080:8080 --name myapp localhost:5000/myapp| run -d -p 8080:8080 --name myapp localhost:5000/myapp",
    "docker login ...| login ...",
    "docker login | login",
    "docker login docker.io| login docker.io",
    "docker login index.docker.io/v1/| login index.docker.io/v1/",
    "$ docker tag ...| tag ...",
  })
  void plainDockerCommands_runNativelyWithTheirArguments(String line, String args) {
    Pipeline.Docker d = docker(line);
    assertThat(String.join(" ", d.args())).isEqualTo(args.strip());
    assertThat(d.stdin()).isEqualTo(new Source.None());
    assertThat(d.stdout()).isEqualTo(new Sink.Terminal());
  }

  @Test
  void catalogCurl() {
    assertThat(system("curl http://localhost:5000/v2/_catalog")).isEqualTo("curl http://localhost:5000/v2/_catalog");
  }

  @Test
  void configCat() {
    assertThat(system("$ cat ./.docker/config.json ")).isEqualTo("cat ./.docker/config.json");
    assertThat(system("cat .docker/config.json ")).isEqualTo("cat .docker/config.json");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "$ docker tag myapp <user>/myapp", "$ docker push <user>/myapp", "$ docker pull <user>",
    "google https://hub.docker.com/u/<user>"
  })
  void placeholders_askToBeReplaced(String line) {
    assertThat(invalid(line).message()).startsWith("<user> is a placeholder");
  }
}
