package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dockerlab.testing.DockerCliProcess;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format} of inspect, images, ps, info and version, byte for byte against the docker CLI on the same engine. */
@RequiresEngine
class FormatIT {
  private static final String NAME = "dlt-fmt-" + System.nanoTime();
  @TempDir static Path dir;
  private static DockerRunner docker;

  @BeforeAll
  static void startContainer() {
    docker = new DockerRunner(dir, dir.resolve("config"));
    DockerRunner.Result r = docker.run("run", "-d", "--name", NAME, "--label", "dlt=fmt", "--label", "a=b", "-p", "80", "busybox", "sleep", "300");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @AfterAll
  static void removeContainer() {
    try {
      docker.engine().removeContainer(NAME, true);
    } finally {
      docker.close();
    }
  }

  private static String cli(String... args) throws IOException, InterruptedException {
    return DockerCliProcess.run(dir, dir.resolve("cli-config"), args).output();
  }

  /** Ours must equal the CLI's, run just before or just after (ages like "2 seconds ago" may tick between). */
  private static void same(String... args) throws Exception {
    String before = cli(args);
    DockerRunner.Result r = docker.run(args);
    String after = cli(args);
    assertThat(r.out() + r.err()).as(String.join(" ", args)).isIn(before, after);
  }

  @Test
  void inspect_theDocsTemplates() throws Exception {
    for (String template : List.of(
        "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}",
        "{{range $p, $conf := .NetworkSettings.Ports}}{{$p}} -> {{(index $conf 0).HostPort}}{{end}}",
        "{{.Name}} {{.State.Status}} {{.HostConfig.LogConfig.Type}}",
        "{{index .Config.Labels \"dlt\"}} {{join .Config.Cmd \" \"}} {{upper .Config.Image}}",
        "{{if eq .State.Status \"running\"}}up{{else}}down{{end}}",
        "{{printf \"%s has pid %d\" .Name .State.Pid}}",
        "{{json .Config.Labels}}",
        "{{json .NetworkSettings.Ports}}",
        "{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}",
        "{{len .Config.Env}} {{.Config.Env}}")) {
      same("inspect", "--format", template, NAME);
    }
    same("inspect", "--format", "{{json .RootFS}}", "busybox");
    same("image", "inspect", "--format", "{{.Id}} {{.Os}}/{{.Architecture}}", "busybox");
  }

  @Test
  void images_formats() throws Exception {
    same("images", "--format", "{{.Repository}}:{{.Tag}}", "busybox");
    same("images", "--format", "table {{.ID}}\\t{{.Repository}}", "busybox");
    same("images", "--format", "{{.ID}}\\t{{.Size}}\\t{{.VirtualSize}}\\t{{.CreatedSince}}", "registry");
    same("images", "--format", "{{json .}}", "busybox");
    same("images", "--format", "table {{.Repository}}\\t{{.Tag}}\\t{{.Digest}}", "registry");
  }

  @Test
  void ps_formats() throws Exception {
    same("ps", "--filter", "name=" + NAME, "--format", "table {{.Names}}\\t{{.Image}}\\t{{.Status}}");
    same("ps", "--filter", "name=" + NAME, "--format", "{{.Names}} {{.Networks}} {{.Labels}} {{.State}} {{.Ports}}");
    same("ps", "--filter", "name=" + NAME, "--format", "{{json .}}");
    same("ps", "-a", "-n", "1", "--filter", "name=" + NAME, "--format", "{{.ID}} {{.Command}} {{.Size}}");
  }

  @Test
  void info_andVersion_formats() throws Exception {
    same("info", "--format", "{{.ServerVersion}} {{.OperatingSystem}} {{.Driver}}");
    same("info", "--format", "{{json .Plugins.Volume}}");
    same("version", "--format", "{{.Server.Version}} {{.Server.Os}}/{{.Server.Arch}}");
  }

  @Test
  void anUnknownFunction_isOneLine() {
    DockerRunner.Result r = docker.run("images", "--format", "{{shout .Repository}}");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("Error: template parsing error: template: :1: function \"shout\" not defined\n");
  }
}
