package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every check type binds from lesson YAML, strictly, and rejects bad values with the YAML field's name. */
class CheckBindingTest {
  private final ObjectMapper yaml =
      CheckTypes.register(YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());

  private Check read(String text) throws Exception {
    return yaml.readValue(text, Check.class);
  }

  private List<Check> readAll(String text) throws Exception {
    return List.of(yaml.readValue(text, Check[].class));
  }

  @Test
  void everyTypeInTheSchema_bindsFromYaml() throws Exception {
    List<Check> checks =
        readAll(
            """
            - {type: file, path: notes.txt, minSize: 10, mode: rw-------}
            - {type: docker-archive, path: busybox.tar, tags: [busybox], minLayers: 1, gzip: false}
            - {type: image, ref: busybox:latest, present: true, sameIdAsArchive: busybox.tar}
            - {type: container, name: registry, running: true, image: "registry:2", ports: ["5000:5000"], env: ["A=B"]}
            - {type: http, url: "http://localhost:5000/v2/_catalog", status: 200, contains: myapp, json: {pointer: /repositories, contains: myapp}, labCredentials: true}
            - {type: registry, host: "localhost:5000", repository: myapp, tag: latest, present: true, matchesLocalImage: myapp}
            - {type: docker-config, host: "localhost:5000", present: true, verify: true, mode: rw-------}
            - {type: ran, command: docker save, option: --output, describe: save with -o}
            - {type: quiz, id: registry-port, question: "Which port?", answers: ["5000"], explanation: The registry listens on 5000.}
            - {type: loaded, archive: busybox.tar.gz}
            - {type: image, ref: "localhost:5000/myapp", same-as: "myapp:latest"}
            - {type: registry, host: "localhost:5000", repository: myapp, same-as: "myapp:latest"}
            - {type: container, name: myapp, image: "localhost:5000/myapp", same-as: "myapp:latest", fix: docker run -d --name myapp localhost:5000/myapp}
            """);

    assertThat(checks)
        .extracting(c -> (Object) c.getClass())
        .containsExactly(
            FileCheck.class, DockerArchiveCheck.class, ImageCheck.class, ContainerCheck.class, HttpCheck.class,
            RegistryCheck.class, DockerConfigCheck.class, RanCheck.class, QuizCheck.class,
            LoadedCheck.class, ImageCheck.class, RegistryCheck.class, ContainerCheck.class);
    assertThat(CheckTypes.all()).containsOnlyKeys(
        "file", "docker-archive", "image", "container", "http", "registry", "docker-config", "ran", "quiz", "loaded", "event", "registry-request", "exec");
    assertThat(checks.subList(10, 13)).allSatisfy(c -> assertThat(c.pins()).containsExactly("myapp:latest"));
    assertThat(((HttpCheck) checks.get(4)).json()).isEqualTo(new HttpCheck.JsonExpectation("/repositories", "myapp", null));
    assertThat(checks).allSatisfy(c -> assertThat(c.describe()).isNotBlank());
  }

  @Test
  void defaults_areFilledIn() throws Exception {
    assertThat(read("{type: image, ref: busybox}")).isEqualTo(new ImageCheck("busybox", true, null));
    assertThat(read("{type: registry, host: 'localhost:5000', repository: myapp}"))
        .isEqualTo(new RegistryCheck("localhost:5000", "myapp", "latest", true, null));
    assertThat(((HttpCheck) read("{type: http, url: 'http://127.0.0.1:8080/'}")).status()).isEqualTo(200);
    assertThat(((ContainerCheck) read("{type: container, name: web}")).running()).isTrue();
    assertThat(((DockerConfigCheck) read("{type: docker-config, host: docker.io}")).host()).isEqualTo("https://index.docker.io/v1/");
    assertThat(read("{type: http, url: 'http://[::1]:8080/', json: {pointer: /a, equals: b}}")).isInstanceOf(HttpCheck.class);
  }

  @Test
  void unknownField_failsTheBinding() {
    assertThatThrownBy(() -> read("{type: image, ref: busybox, presnt: false}"))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("presnt");
    assertThatThrownBy(() -> read("{type: http, url: 'http://localhost/', json: {pointer: /a, contains: b, extra: 1}}"))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void unknownType_failsTheBinding() {
    assertThatThrownBy(() -> read("{type: port, port: 5000}")).hasMessageContaining("port");
  }

  @Test
  void missingRequiredField_namesIt() {
    assertThatThrownBy(() -> read("{type: registry, host: 'localhost:5000'}")).hasMessageContaining("repository");
  }

  @Test
  void pathTraversal_isRejected_namingTheField() {
    assertThatThrownBy(() -> read("{type: docker-archive, path: ../../etc/passwd}")).hasMessageContaining("path: '../../etc/passwd' must be a path inside the workspace");
    assertThatThrownBy(() -> new FileCheck("/etc/passwd", null, null)).hasMessageStartingWith("path: ");
    assertThatThrownBy(() -> new ImageCheck("busybox", true, "../busybox.tar")).hasMessageStartingWith("sameIdAsArchive: ");
  }

  @Test
  void nonLocalUrls_areRejected() {
    assertThatThrownBy(() -> new HttpCheck("http://example.com/", null, null, null, null))
        .hasMessageStartingWith("url: only localhost addresses are allowed in lessons");
    assertThatThrownBy(() -> new HttpCheck("http://localhost.example.com:5000/", null, null, null, null))
        .hasMessageStartingWith("url: only localhost addresses are allowed in lessons");
    assertThatThrownBy(() -> new HttpCheck("file:///etc/passwd", null, null, null, null)).hasMessageStartingWith("url: ");
    assertThatThrownBy(() -> new HttpCheck("http://user:pw@localhost/", null, null, null, null)).hasMessageStartingWith("url: ");
    assertThatThrownBy(() -> new RegistryCheck("registry.example.com", "myapp", null, null, null))
        .hasMessageStartingWith("host: only localhost addresses are allowed in lessons");
    assertThatThrownBy(() -> new RegistryCheck("localhost:5000/myapp", "myapp", null, null, null)).hasMessageStartingWith("host: ");
    assertThatThrownBy(() -> new DockerConfigCheck("docker.io", true, true, null)).hasMessageStartingWith("verify: ");
  }

  @Test
  void badValues_areRejected_namingTheField() {
    assertThatThrownBy(() -> new DockerArchiveCheck("a.tar", List.of("Busybox"), null, null)).hasMessageStartingWith("tags: ");
    assertThatThrownBy(() -> new DockerArchiveCheck("a.tar", null, 0, null)).hasMessageStartingWith("minLayers: ");
    assertThatThrownBy(() -> new ImageCheck("", null, null)).hasMessageStartingWith("ref: ");
    assertThatThrownBy(() -> new ContainerCheck("web", null, null, List.of("8080"), null)).hasMessageStartingWith("ports: ");
    assertThatThrownBy(() -> new ContainerCheck("web", null, null, null, List.of("=value"))).hasMessageStartingWith("env: ");
    assertThatThrownBy(() -> new ContainerCheck("/web", null, null, null, null)).hasMessageStartingWith("name: ");
    assertThatThrownBy(() -> new HttpCheck("http://localhost/", 99, null, null, null)).hasMessageStartingWith("status: ");
    assertThatThrownBy(() -> new HttpCheck.JsonExpectation("repositories", "a", null)).hasMessageStartingWith("json.pointer: ");
    assertThatThrownBy(() -> new HttpCheck.JsonExpectation("/a", "a", "b")).hasMessageStartingWith("json: ");
    assertThatThrownBy(() -> new RegistryCheck("localhost:5000", "localhost:5000/myapp", null, null, null)).hasMessageStartingWith("repository: ");
    assertThatThrownBy(() -> new RegistryCheck("localhost:5000", "myapp", "bad tag", null, null)).hasMessageStartingWith("tag: ");
    assertThatThrownBy(() -> new DockerConfigCheck("localhost:5000", null, null, "0600")).hasMessageStartingWith("mode: ");
    assertThatThrownBy(() -> new RanCheck(List.of("docker save"), null, "-o", null, "save")).hasMessageStartingWith("option: ");
    assertThatThrownBy(() -> new QuizCheck("Q1", "?", List.of("a"), null)).hasMessageStartingWith("id: ");
    assertThatThrownBy(() -> new QuizCheck("q1", "?", List.of(), null)).hasMessageStartingWith("answers: ");
  }
}
