package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

class RunArgsTest {
  @Test
  void optionsAfterTheImage_goToTheContainer() {
    RunCommand run = parse(RunCommand.class, "run", "--rm", "-it", "-p", "8080:80", "busybox", "ls", "-l", "-d", "/");
    assertThat(run.remove).isTrue();
    assertThat(run.process.interactive).isTrue();
    assertThat(run.process.tty).isTrue();
    assertThat(run.detach).isFalse();
    assertThat(run.image).isEqualTo("busybox");
    assertThat(run.command).containsExactly("ls", "-l", "-d", "/");
  }

  @Test
  void execStopsAtTheContainerToo() {
    ExecCommand exec = parse(ExecCommand.class, "exec", "-i", "-e", "A=1", "web", "sh", "-c", "ls -l");
    assertThat(exec.process.interactive).isTrue();
    assertThat(exec.process.tty).isFalse();
    assertThat(exec.process.environment()).containsExactly("A=1");
    assertThat(exec.container.name).isEqualTo("web");
    assertThat(exec.command).containsExactly("sh", "-c", "ls -l");
  }

  private static <T> T parse(Class<T> type, String... args) {
    ParseResult r = DockerCli.model().parseArgs(args);
    return type.cast(r.subcommand().commandSpec().userObject());
  }
}
