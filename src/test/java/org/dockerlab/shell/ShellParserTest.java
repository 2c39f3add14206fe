package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.shell.Plans.docker;
import static org.dockerlab.shell.Plans.invalid;
import static org.dockerlab.shell.Plans.parse;
import static org.dockerlab.shell.Plans.single;
import static org.dockerlab.shell.Plans.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellParserTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t", "# just a comment", "   # indented comment", "\n\n", "$ "})
  void blankOrCommentLine_isEmpty(String line) {
    assertThat(parse(line)).isEqualTo(new Plan.Empty());
  }

  @Test
  void nullLine_isEmpty() {
    assertThat(new ShellParser(Plans.BUILTINS).parse(null, null, null)).isEqualTo(new Plan.Empty());
  }

  @Test
  void trailingComment_isDropped() {
    assertThat(docker("docker images # list them").args()).containsExactly("images");
  }

  @Test
  void hashInsideWord_isNotAComment() {
    assertThat(docker("docker run busybox echo a#b").args()).endsWith("a#b");
  }

  @Test
  void plainCommand_isVerbatimSystem() {
    assertThat(system("ls -sh busybox.tar")).isEqualTo("ls -sh busybox.tar");
  }

  @Test
  void systemText_keepsQuotesAndVariablesForSh() {
    assertThat(system("echo $HOME | base64 -d")).isEqualTo("echo $HOME | base64 -d");
    assertThat(system("cat ~/.docker/config.json")).isEqualTo("cat ~/.docker/config.json");
    assertThat(system("echo 'a  b' \"$X\" > out.txt")).isEqualTo("echo 'a  b' \"$X\" > out.txt");
  }

  @Test
  void systemOnlySequence_isOneVerbatimLine_soShellStatePersists() {
    assertThat(system("X=1; echo $X && ls || true")).isEqualTo("X=1; echo $X && ls || true");
  }

  @Test
  void shellLoopWithoutDocker_isVerbatimSystem() {
    assertThat(system("for f in *.tar; do ls -l $f; done")).isEqualTo("for f in *.tar; do ls -l $f; done");
  }

  @Test
  void shellLoopWithDocker_isInvalid() {
    assertThat(invalid("for i in a b; do docker rmi $i; done").message())
        .contains("control structures").contains("one line at a time");
    assertThat(invalid("(cd x && docker load < b.tar)").message()).contains("subshells");
  }

  @Test
  void builtin_hasArgumentsAndNoRedirects() {
    Pipeline p = single("cd ~/work");
    assertThat(p).isEqualTo(new Pipeline.Builtin("cd", List.of("/home/learner/work"), Redirects.NONE));
  }

  @Test
  void builtinWithRedirect_hasItsFile() {
    Pipeline p = single("htpasswd -Bbn manu secret > auth/htpasswd");
    assertThat(p).isEqualTo(new Pipeline.Builtin("htpasswd", List.of("-Bbn", "manu", "secret"),
        new Redirects(Optional.empty(), Optional.of(Path.of("auth/htpasswd")), false)));
  }

  @Test
  void builtinInPipeline_isInvalid() {
    assertThat(invalid("history | grep docker").message()).contains("history is a lab shell command");
    assertThat(invalid("echo x | help").message()).contains("help is a lab shell command");
  }

  @Test
  void builtinNameAsArgument_isNotABuiltin() {
    assertThat(system("echo history")).isEqualTo("echo history");
  }

  @Test
  void sequence_keepsStepsAndConnectors() {
    Plan.Sequence seq = (Plan.Sequence) parse("docker tag myapp localhost:5000/myapp && docker push localhost:5000/myapp"
        + " || echo failed; pwd");
    assertThat(seq.steps()).extracting(Step::next)
        .containsExactly(Connector.AND, Connector.OR, Connector.ALWAYS, Connector.ALWAYS);
    assertThat(seq.steps().get(2).pipeline()).isEqualTo(new Pipeline.System("echo failed"));
    assertThat(seq.steps().get(3).pipeline()).isEqualTo(new Pipeline.Builtin("pwd", List.of(), Redirects.NONE));
  }

  @Test
  void sequenceRuns_followShellRules() {
    Plan.Sequence seq = (Plan.Sequence) parse("docker ps && pwd || pwd; pwd");
    assertThat(seq.runs(0, 1)).isTrue();
    assertThat(seq.runs(1, 0)).isTrue();
    assertThat(seq.runs(1, 1)).isFalse();
    assertThat(seq.runs(2, 1)).isTrue();
    assertThat(seq.runs(2, 0)).isFalse();
    assertThat(seq.runs(3, 7)).isTrue();
  }

  @Test
  void trailingSemicolon_isAllowed() {
    assertThat(docker("docker ps;").args()).containsExactly("ps");
  }

  @Test
  void newline_separatesSteps() {
    Plan.Sequence seq = (Plan.Sequence) parse("docker ps\ncd /tmp\n");
    assertThat(seq.steps()).hasSize(2);
  }

  @Test
  void trailingAnd_isInvalid() {
    assertThat(invalid("docker ps &&").message()).contains("ends with &&");
    assertThat(invalid("docker ps ||").message()).contains("ends with ||");
  }

  @Test
  void leadingOperator_isInvalidWithColumn() {
    Plan.Invalid i = invalid("  && docker ps");
    assertThat(i.message()).contains("syntax error near &&");
    assertThat(i.column()).isEqualTo(3);
    assertThat(invalid("docker ps | | grep x").message()).contains("syntax error near |");
    assertThat(invalid("docker ps |").message()).contains("ends with |");
  }

  @Test
  void background_isInvalidWithRunDetachedHint() {
    assertThat(invalid("docker run registry:2 &").message()).isEqualTo(ShellParser.BACKGROUND);
    assertThat(invalid("sleep 5 & ls").message()).contains("docker run -d");
  }

  @Test
  void unclosedQuote_isInvalidWithColumn() {
    Plan.Invalid i = invalid("docker run \"busybox");
    assertThat(i.message()).isEqualTo("unclosed double quote");
    assertThat(i.column()).isEqualTo(12);
    assertThat(i.describe()).isEqualTo("unclosed double quote (column 12)");
    assertThat(invalid("echo 'abc").message()).isEqualTo("unclosed single quote");
    assertThat(invalid("echo `ls").message()).isEqualTo("unclosed backquote");
    assertThat(invalid("echo $(ls").message()).isEqualTo("unclosed $(");
    assertThat(invalid("echo ${HOME").message()).isEqualTo("unclosed ${");
  }

  @Test
  void unbalancedParenthesis_isInvalid() {
    assertThat(invalid("ls )").message()).contains("no ( opens it");
    assertThat(invalid("(ls").message()).contains("unclosed (");
  }

  @Test
  void placeholderFromLesson_isInvalidWithReplaceHint() {
    Plan.Invalid i = invalid("docker tag myapp <user>/myapp");
    assertThat(i.message()).startsWith("<user> is a placeholder").contains("replace it");
    assertThat(i.column()).isEqualTo(18);
  }

  @Test
  void pastedPrompt_isStrippedAndNoted() {
    Plan.Sequence seq = (Plan.Sequence) parse("$ docker tag myapp manu/myapp");
    assertThat(seq.promptStripped()).isTrue();
    assertThat(((Pipeline.Docker) seq.steps().get(0).pipeline()).args())
        .containsExactly("tag", "myapp", "manu/myapp");
    assertThat(system("$ cat ./.docker/config.json")).isEqualTo("cat ./.docker/config.json");
  }

  @Test
  void dollarNotAlone_isNotAPrompt() {
    assertThat(((Plan.Sequence) parse("$HOME/bin/tool")).promptStripped()).isFalse();
  }

  @Test
  void dockerAsArgument_isSystem() {
    assertThat(system("grep docker notes.txt")).isEqualTo("grep docker notes.txt");
  }

  @Test
  void invalidRedirectOnBuiltin_isInvalid() {
    assertThat(invalid("history 2> x").message()).contains("not supported on lab shell commands");
  }
}
