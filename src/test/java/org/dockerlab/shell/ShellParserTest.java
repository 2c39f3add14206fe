package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.shell.Plans.docker;
import static org.dockerlab.shell.Plans.invalid;
import static org.dockerlab.shell.Plans.parse;
import static org.dockerlab.shell.Plans.single;
import static org.dockerlab.shell.Plans.system;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  private static Plan parseWithAnswer(String line) {
    Set<String> builtins = new HashSet<>(Plans.BUILTINS);
    builtins.add("answer");
    return new ShellParser(builtins, Set.of("answer")).parse(line, Plans.ENV, Plans.HOME);
  }

  private static List<String> answerWords(String line) {
    Plan plan = parseWithAnswer(line);
    assertThat(plan).as(line).isInstanceOf(Plan.Sequence.class);
    Pipeline p = ((Plan.Sequence) plan).steps().get(0).pipeline();
    assertThat(p).as(line).isInstanceOf(Pipeline.Builtin.class);
    return ((Pipeline.Builtin) p).args();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"answer c)|c)", "answer (c)|(c)", "answer c.|c.", "answer C|C", "$ answer c)|c)",
      "answer  (c). |(c).", "answer c);|c)", "answer (c)&&pwd|(c)"})
  void answerWithALetter_reachesTheCommandAsTyped(String line, String word) {
    assertThat(answerWords(line)).containsExactly(word);
  }

  @Test
  void answerWithAnOptionsText_keepsItsPunctuation() {
    assertThat(answerWords("answer the image's digest (sha256)")).containsExactly("the", "image's", "digest", "(sha256)");
    assertThat(answerWords("answer b) docker.io/library/ubuntu:latest")).containsExactly("b)", "docker.io/library/ubuntu:latest");
    assertThat(answerWords("answer 'c)'")).containsExactly("c)");
    assertThat(answerWords("answer \"it's (b)\"")).containsExactly("it's (b)");
  }

  @Test
  void answer_stillEndsAtSeparators_andTakesRedirections() {
    Plan.Sequence seq = (Plan.Sequence) parseWithAnswer("answer c) ; pwd && answer (b) || cd /tmp");
    assertThat(seq.steps()).extracting(Step::pipeline).containsExactly(
        new Pipeline.Builtin("answer", List.of("c)"), Redirects.NONE),
        new Pipeline.Builtin("pwd", List.of(), Redirects.NONE),
        new Pipeline.Builtin("answer", List.of("(b)"), Redirects.NONE),
        new Pipeline.Builtin("cd", List.of("/tmp"), Redirects.NONE));
    Pipeline.Builtin out = (Pipeline.Builtin) ((Plan.Sequence) parseWithAnswer("answer c) > said.txt")).steps().get(0).pipeline();
    assertThat(out.args()).containsExactly("c)");
    assertThat(out.redirects().stdout()).contains(Path.of("said.txt"));
    assertThat(parseWithAnswer("answer c | cat")).isInstanceOf(Plan.Invalid.class);
  }

  @Test
  void parenthesesOutsideAnAnswer_keepTheirMeaning() {
    assertThat(parseWithAnswer("echo (c)")).isEqualTo(parse("echo (c)"));
    assertThat(parseWithAnswer("pwd c)")).isInstanceOf(Plan.Invalid.class);
    assertThat(parseWithAnswer("echo answer (b)")).isEqualTo(parse("echo answer (b)"));
    assertThat(parseWithAnswer("cd 'answer (b)")).isInstanceOf(Plan.Invalid.class);
    assertThat(parseWithAnswer("'answer' (b)")).isInstanceOf(Plan.Invalid.class);
    assertThat(parseWithAnswer("answer b; (cd /tmp)")).isInstanceOf(Plan.Invalid.class);
    assertThat(parseWithAnswer("answer b; echo it's")).isInstanceOf(Plan.Invalid.class);
  }
}
