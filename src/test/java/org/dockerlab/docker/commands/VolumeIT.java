package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dockerlab.docker.LabLabels;
import org.dockerlab.testing.DockerCliProcess;
import org.dockerlab.testing.DockerRunner;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker volume and the volume forms of docker run, byte for byte against the docker CLI on the same engine.
 * Every volume and container here carries this run's prefix or label, so that nothing of anyone else's is
 * listed, pruned or removed.
 */
@RequiresEngine
class VolumeIT {
  private static final String P = "dlt-vol-" + System.nanoTime();
  private static final String LABEL = "dlt.vol=" + P;
  @TempDir static Path dir;
  private static DockerRunner docker;
  private static final List<String> containers = new ArrayList<>();

  @BeforeAll
  static void connect() {
    docker = new DockerRunner(dir, dir.resolve("config"));
  }

  @AfterAll
  static void removeEverything() throws Exception {
    try {
      for (String c : containers) {
        cliResult("rm", "-f", "-v", c);
      }
      String names = cli("volume", "ls", "-q", "--filter", "name=" + P);
      for (String v : names.lines().toList()) {
        cliResult("volume", "rm", "-f", v);
      }
    } finally {
      docker.close();
    }
  }

  private static String cli(String... args) throws Exception {
    return DockerCliProcess.run(dir, dir.resolve("cli-config"), args).output();
  }

  private static DockerCliProcess.Result cliResult(String... args) throws Exception {
    return DockerCliProcess.run(dir, dir.resolve("cli-config"), args);
  }

  private static String lab(String... args) {
    DockerRunner.Result r = docker.run(args);
    return r.out() + r.err();
  }

  private static void same(String... args) throws Exception {
    assertThat(lab(args)).as(String.join(" ", args)).isEqualTo(cli(args));
  }

  @Test
  void ls_inspect_asTheCli() throws Exception {
    assertThat(cli("volume", "create", "--label", "team=a", P + "-b10")).isEqualTo(P + "-b10\n");
    assertThat(lab("volume", "create", P + "-b9")).isEqualTo(P + "-b9\n");
    assertThat(cli("volume", "create", P + "-a")).isEqualTo(P + "-a\n");

    same("volume", "ls", "--filter", "name=" + P);
    same("volume", "ls", "-q", "--filter", "name=" + P);
    same("volume", "ls", "--filter", "name=" + P, "--format", "json");
    same("volume", "list", "--filter", "name=" + P, "--format", "table {{.Name}}\\t{{.Labels}}\\t{{.Scope}}");
    same("volume", "ls", "--filter", "name=" + P, "--filter", "label=team=a", "--format", "{{.Name}} {{.Driver}} {{.Mountpoint}} {{.Links}} {{.Size}}");
    same("volume", "ls", "--filter", "name=" + P, "--filter", "dangling=true", "-q");
    same("volume", "inspect", P + "-b10", P + "-b9");
    same("volume", "inspect", "--format", "{{.Name}} {{json .Labels}}", P + "-b9", P + "-a");
    same("volume", "inspect", P + "-a", P + "-nope");
    same("volume", "inspect", P + "-nope");
    same("volume", "create", P + "-a");
    same("volume", "create", "bad name");
  }

  @Test
  void rm_andPrune_asTheCli() throws Exception {
    cli("volume", "create", P + "-r1");
    cli("volume", "create", P + "-r2");
    String labOut = lab("volume", "rm", P + "-r1", P + "-gone", P + "-r2");
    assertThat(labOut).isEqualTo(P + "-r1\n" + P + "-r2\nError response from daemon: get " + P + "-gone: no such volume\n");
    same("volume", "rm", P + "-gone");
    same("volume", "rm", "-f", P + "-gone");

    // one volume per prune: the engine's order of several is its own
    cli("volume", "create", "--label", LABEL, P + "-p1");
    String labPrune = lab("volume", "prune", "-f", "--filter", "label=" + LABEL);
    cli("volume", "create", "--label", LABEL, P + "-p1");
    assertThat(labPrune).isEqualTo(cli("volume", "prune", "-f", "--filter", "label=" + LABEL));
    same("volume", "prune", "-f", "--filter", "label=" + LABEL);
    same("volume", "prune", "-a", "-f", "--filter", "label=" + LABEL);
  }

  @Test
  void run_mounts_asTheCliMakesThem() throws Exception {
    Files.createDirectories(dir.resolve("site"));
    String format = "{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}} {{.Driver}};{{end}}";
    String[][] forms = {
      {"-v", P + "-data:/data"},
      {"--mount", "type=volume,source=" + P + "-data,target=/data,readonly"},
      {"-v", "/data"},
      {"--mount", "type=volume,target=/data"},
      {"--mount", "type=bind,source=" + dir.resolve("site") + ",target=/www"},
      {"-v", dir.resolve("site") + ":/www:ro"},
    };
    int i = 0;
    for (String[] form : forms) {
      String ours = P + "-lab" + i;
      String theirs = P + "-cli" + i++;
      containers.add(ours);
      containers.add(theirs);
      List<String> cliArgs = new ArrayList<>(List.of("create", "--name", theirs));
      cliArgs.addAll(List.of(form));
      cliArgs.addAll(List.of("busybox", "true"));
      List<String> runArgs = new ArrayList<>(List.of("run", "--name", ours));
      runArgs.addAll(List.of(form));
      runArgs.addAll(List.of("busybox", "true"));
      DockerRunner.Result r = docker.run(runArgs.toArray(String[]::new));
      assertThat(r.exitCode()).as(String.join(" ", runArgs) + ": " + r.err()).isZero();
      assertThat(cliResult(cliArgs.toArray(String[]::new)).exitCode()).as(String.join(" ", cliArgs)).isZero();
      assertThat(cli("inspect", "--format", format, ours)).as(String.join(" ", form)).isEqualTo(cli("inspect", "--format", format, theirs));
    }
    // the lab made the named volume first, labelled as its own; the CLI would have made it unlabelled
    assertThat(cli("volume", "inspect", "--format", "{{index .Labels \"" + LabLabels.CREATED_BY + "\"}}", P + "-data")).isEqualTo(LabLabels.BY_SHELL + "\n");
  }
}
