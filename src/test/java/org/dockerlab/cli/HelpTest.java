package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HelpTest {
  @TempDir Path state;

  private Cli cli() {
    return new Cli(state, Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"));
  }

  /** Every command path of the model: "doctor", "images prepare", ... */
  private static List<List<String>> commandPaths(CommandLine cl, List<String> prefix) {
    List<List<String>> paths = new ArrayList<>();
    for (var e : cl.getSubcommands().entrySet()) {
      if (!e.getKey().equals(e.getValue().getCommandName())) {
        continue; // an alias
      }
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      paths.add(path);
      paths.addAll(commandPaths(e.getValue(), path));
    }
    return paths;
  }

  @Test
  void everyCommand_hasHelp_withUsageAndExitCodes_exit0() {
    CommandLine model = Commands.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), state);
    List<List<String>> paths = commandPaths(model, List.of());
    assertThat(paths).extracting(p -> String.join(" ", p)).contains("grade", "images prepare", "doctor", "completion", "help");
    for (List<String> path : paths) {
      for (String flag : List.of("--help", "-h")) {
        List<String> args = new ArrayList<>(path);
        args.add(flag);
        Cli.Result r = cli().run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as("dockerlab %s", args).isZero();
        assertThat(r.out()).as("dockerlab %s", args).contains("Usage: dockerlab " + String.join(" ", path)).contains("Exit codes:");
        assertThat(r.err()).as("dockerlab %s", args).isEmpty();
      }
    }
  }

  @Test
  void commandsWithoutTheirOwnList_showTheProgramsTable() {
    Cli.Result r = cli().run("doctor", "--help");
    assertThat(r.out()).contains("Exit codes:").containsPattern("\\s0\\s+ok").containsPattern("\\s3\\s+environment problem");
  }

  @Test
  void helpCommand_printsTheCommandsHelp() {
    Cli.Result r = cli().run("help", "grade");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(cli().run("grade", "--help").out()).contains("--live");
  }

  @Test
  void helpCommand_alone_listsTheCommands() {
    Cli.Result r = cli().run("help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: dockerlab").contains("doctor").contains("completion").contains("Exit codes:");
  }

  @Test
  void help_withoutATerminal_hasNoColour_evenWithColorAuto() {
    assertThat(cli().run("grade", "--help").out()).doesNotContain("\033[");
    assertThat(cli().run("--color=always", "grade", "--help").out()).contains("\033[");
    assertThat(cli().run("grade", "--color=never", "--help").out()).doesNotContain("\033[");
  }

  @Test
  void hostAndContextTogether_areBadInput() {
    Cli.Result r = cli().run("--host", "unix:///a.sock", "--context", "x", "doctor");
    assertThat(r.exitCode()).isEqualTo(org.dockerlab.errors.ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("either --host or --context");
  }
}
