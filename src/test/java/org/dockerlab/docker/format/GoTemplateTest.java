package org.dockerlab.docker.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dockerlab.errors.LabException;
import org.junit.jupiter.api.Test;

class GoTemplateTest {
  private static final JsonNode CONTAINER =
      json(
          """
          {"Id": "abc123", "Name": "/registry",
           "State": {"Status": "running", "ExitCode": 0},
           "Config": {"Image": "registry:2", "Env": ["A=1", "B=2"], "Labels": {"z": "1", "a": "2"}},
           "NetworkSettings": {"IPAddress": "172.17.0.2",
             "Ports": {"5000/tcp": [{"HostIp": "0.0.0.0", "HostPort": "5000"}]}},
           "RepoDigests": [], "Size": 3964824}
          """);

  @Test
  void fieldPaths() {
    assertThat(render("{{.Id}}")).isEqualTo("abc123");
    assertThat(render("{{.Config.Image}}")).isEqualTo("registry:2");
    assertThat(render("{{ .State.Status }}")).isEqualTo("running");
    assertThat(render("{{.NetworkSettings.IPAddress}}")).isEqualTo("172.17.0.2");
    assertThat(render("{{.State.ExitCode}}")).isEqualTo("0");
    assertThat(render("{{.Size}}")).isEqualTo("3964824");
  }

  @Test
  void textAround_andSeveralActions() {
    assertThat(render("{{.Name}} is {{.State.Status}}")).isEqualTo("/registry is running");
  }

  @Test
  void valuesPrintAsGoPrintsThem() {
    assertThat(render("{{.Config.Env}}")).isEqualTo("[A=1 B=2]");
    assertThat(render("{{.Config.Labels}}")).isEqualTo("map[a:2 z:1]");
    assertThat(render("{{.RepoDigests}}")).isEqualTo("[]");
  }

  @Test
  void json_index_join() {
    assertThat(render("{{json .Config.Env}}")).isEqualTo("[\"A=1\",\"B=2\"]");
    assertThat(render("{{json .Config}}")).startsWith("{\"Image\":\"registry:2\"");
    assertThat(render("{{index .Config.Labels \"z\"}}")).isEqualTo("1");
    assertThat(render("{{index .NetworkSettings.Ports \"5000/tcp\" 0}}")).isEqualTo("map[HostIp:0.0.0.0 HostPort:5000]");
    assertThat(render("{{join .Config.Env \",\"}}")).isEqualTo("A=1,B=2");
  }

  @Test
  void aFieldTheObjectLacks_isAnErrorLikeTheClis() {
    assertThatThrownBy(() -> render("{{.RepoDigests}} {{.State.Health.Status}}"))
        .hasMessage("template: executing at <.State.Health.Status>: map has no entry for key \"Health\"");
  }

  @Test
  void anUnsupportedTemplate_isOneClearError() {
    assertThatThrownBy(() -> new GoTemplate("{{range .Mounts}}{{.Source}}{{end}}"))
        .isInstanceOf(LabException.class)
        .hasMessageContaining("unsupported action {{range .Mounts}}")
        .hasMessageContaining("the lab supports");
  }

  private static String render(String template) {
    return new GoTemplate(template).render(CONTAINER);
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
