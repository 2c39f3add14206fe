package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dockerlab.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionTest {
  @TempDir Path state;

  /** Runs bash with the script sourced; compopt, which works only inside a real completion, is a no-op. */
  private String bash(Path script, String commands) throws Exception {
    Process p = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", "source " + script + " && compopt() { :; } && " + commands).redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void bashScript_registersCompletion_andCompletesCommandsAndOptions() throws Exception {
    Cli.Result r = new Cli(state).run("completion", "bash");
    assertThat(r.exitCode()).isZero();
    Path script = Files.writeString(state.resolve("dockerlab.bash"), r.out());

    assertThat(bash(script, "complete -p dockerlab")).contains("dockerlab");
    String commands = bash(script, "COMP_WORDS=(dockerlab gr); COMP_CWORD=1; COMP_LINE='dockerlab gr'; COMP_POINT=12; _complete_dockerlab; echo \"${COMPREPLY[@]}\"");
    assertThat(commands.strip()).isEqualTo("grade");
    String options = bash(script, "COMP_WORDS=(dockerlab grade --li); COMP_CWORD=2; COMP_LINE='dockerlab grade --li'; COMP_POINT=20; _complete_dockerlab; echo \"${COMPREPLY[@]}\"");
    assertThat(options).contains("--live");
  }

  @Test
  void zshScript_isTheBashScriptThroughBashcompinit_asAnAutoloadableFunction() {
    String zsh = new Cli(state).run("completion", "zsh").out();
    String bash = new Cli(state).run("completion", "bash").out();
    assertThat(zsh.lines().findFirst()).contains("#compdef dockerlab");
    assertThat(zsh).contains("bashcompinit").contains(bash).contains("_bash_complete -F _complete_dockerlab");
  }

  @Test
  void unknownShell_isBadInput() {
    Cli.Result r = new Cli(state).run("completion", "fish");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("fish");
    assertThat(List.of(r.out())).containsExactly("");
  }

  @Test
  void completion_needsNoEngine() {
    assertThat(new Cli(state, Map.of("DOCKER_HOST", "unix:///nonexistent.sock")).run("completion", "bash").exitCode()).isZero();
  }
}
