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
           "NetworkSettings": {"IPAddress": "172.17.0.2", "Networks": {"bridge": {"IPAddress": "172.17.0.2"}},
             "Ports": {"5000/tcp": [{"HostIp": "0.0.0.0", "HostPort": "5000"}]}},
           "RepoDigests": [], "Mounts": [], "Size": 3964824}
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
  void theDocsExamples_range_withVariables_andIndexIntoAPipeline() {
    assertThat(render("{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}")).isEqualTo("172.17.0.2");
    assertThat(render("{{range $p, $conf := .NetworkSettings.Ports}} {{$p}} -> {{(index $conf 0).HostPort}} {{end}}"))
        .isEqualTo(" 5000/tcp -> 5000 ");
    assertThat(render("{{range .Mounts}}{{.Source}}{{else}}none{{end}}")).isEqualTo("none");
    assertThat(render("{{range $i, $e := .Config.Env}}{{$i}}={{$e}};{{end}}")).isEqualTo("0=A=1;1=B=2;");
    assertThat(render("{{range $k, $v := .Config.Labels}}{{$k}}{{$v}}{{end}}")).isEqualTo("a2z1");
  }

  @Test
  void ifElse_comparisons_andTrimMarkers() {
    assertThat(render("{{if eq .State.Status \"running\"}}up{{else}}down{{end}}")).isEqualTo("up");
    assertThat(render("{{if .State.ExitCode}}failed{{else if .RepoDigests}}pushed{{else}}local{{end}}")).isEqualTo("local");
    assertThat(render("{{if and .Id (not .RepoDigests)}}yes{{end}}")).isEqualTo("yes");
    assertThat(render("{{if gt .Size 1000000}}big{{end}}")).isEqualTo("big");
    assertThat(render("a  {{- .Id -}}  b")).isEqualTo("aabc123b");
    assertThat(render("{{with .State}}{{.Status}}{{end}}")).isEqualTo("running");
    assertThat(render("{{/* a comment */}}{{.Id}}")).isEqualTo("abc123");
  }

  @Test
  void functions_dockerAdds_andGosBuiltins() {
    assertThat(render("{{upper .Name}} {{lower \"ABC\"}} {{title \"hello world\"}}")).isEqualTo("/REGISTRY abc Hello World");
    assertThat(render("{{printf \"%-10s|%5d|%q\" .Config.Image .State.ExitCode .Id}}")).isEqualTo("registry:2|    0|\"abc123\"");
    assertThat(render("{{len .Config.Env}} {{index .Config.Env 1}} {{join (split \"a:b:c\" \":\") \"-\"}}")).isEqualTo("2 B=2 a-b-c");
    assertThat(render("{{.Name | upper}} {{.Config.Env | json}}")).isEqualTo("/REGISTRY [\"A=1\",\"B=2\"]");
    assertThat(render("{{pad .Id 1 2}}|{{truncate .Id 3}}")).isEqualTo(" abc123  |abc");
    assertThat(render("{{$name := .Name}}{{range .Config.Env}}{{$name}}{{end}}")).isEqualTo("/registry/registry");
    assertThat(render("{{index .Config.Labels \"missing\"}}")).isEqualTo("<no value>");
  }

  @Test
  void json_ofAnInspectObject_doesNotEscapeHtml_butAWholeListRowDoes() {
    JsonNode row = json("{\"Repository\": \"<none>\"}");
    assertThat(new GoTemplate("{{json .}}").render(row)).isEqualTo("{\"Repository\":\"<none>\"}");
    assertThat(new GoTemplate("{{json .}}", true).render(row)).isEqualTo("{\"Repository\":\"\\u003cnone\\u003e\"}");
    assertThat(new GoTemplate("{{json .Repository}}", true).render(row)).isEqualTo("\"<none>\"");
  }

  @Test
  void badTemplates_areOneLineErrors() {
    assertThatThrownBy(() -> new GoTemplate("{{foo .Id}}")).isInstanceOf(LabException.class)
        .hasMessage("template parsing error: template: :1: function \"foo\" not defined");
    assertThatThrownBy(() -> new GoTemplate("{{.Id")).hasMessage("template parsing error: template: :1: unclosed action");
    assertThatThrownBy(() -> new GoTemplate("{{if .Id}}x")).hasMessage("template parsing error: template: :1: unexpected EOF");
    assertThatThrownBy(() -> new GoTemplate("x\n{{end}}")).hasMessage("template parsing error: template: :1: unexpected {{end}}");
    assertThatThrownBy(() -> render("{{range .Id}}x{{end}}")).hasMessage("template: executing at <range .Id>: range can't iterate over abc123");
    assertThatThrownBy(() -> render("{{index .Config.Env 5}}")).hasMessageContaining("index out of range: 5");
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
