package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.shell.Plans.docker;
import static org.dockerlab.shell.Plans.invalid;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DockerPipelineTest {
  @Test
  void saveRedirect_isNativeFileSink() {
    Pipeline.Docker d = docker("docker save busybox > busybox.tar");
    assertThat(d.args()).containsExactly("save", "busybox");
    assertThat(d.stdin()).isEqualTo(new Source.None());
    assertThat(d.stdout()).isEqualTo(new Sink.File(Path.of("busybox.tar"), false, false, -1));
    assertThat(d.sudo()).isFalse();
  }

  @Test
  void saveRedirectGlued_isNativeFileSink() {
    Pipeline.Docker d = docker("docker save busybox>x.tar");
    assertThat(d.args()).containsExactly("save", "busybox");
    assertThat(d.stdout()).isEqualTo(Sink.File.plain(Path.of("x.tar"), false));
  }

  @Test
  void redirectBeforeArguments_stillRedirects() {
    Pipeline.Docker d = docker("docker save > busybox.tar busybox");
    assertThat(d.args()).containsExactly("save", "busybox");
    assertThat(d.stdout()).isEqualTo(Sink.File.plain(Path.of("busybox.tar"), false));
  }

  @Test
  void appendRedirect_isAppendingFileSink() {
    assertThat(docker("docker images >> list.txt").stdout()).isEqualTo(Sink.File.plain(Path.of("list.txt"), true));
  }

  @Test
  void redirectToHome_expandsTilde() {
    assertThat(docker("docker save busybox > ~/b.tar").stdout())
        .isEqualTo(Sink.File.plain(Path.of("/home/learner/b.tar"), false));
  }

  @Test
  void saveGzipPipe_isNativeGzipFile() {
    Pipeline.Docker d = docker("docker save myimage:latest | gzip > myimage_latest.tar.gz");
    assertThat(d.args()).containsExactly("save", "myimage:latest");
    assertThat(d.stdout()).isEqualTo(new Sink.File(Path.of("myimage_latest.tar.gz"), false, true, -1));
  }

  @ParameterizedTest
  @CsvSource({
    "gzip -c, -1", "gzip -9, 9", "gzip --best, 9", "gzip --fast, 1", "gzip -1, 1", "gzip -c9, 9",
    "gzip -c -6, 6", "gzip -n -q -f, -1"
  })
  void saveGzipWithFlags_isNativeGzipFileWithLevel(String gzip, int level) {
    Pipeline.Docker d = docker("docker save busybox | " + gzip + " > b.tar.gz");
    assertThat(d.stdout()).isEqualTo(new Sink.File(Path.of("b.tar.gz"), false, true, level));
  }

  @Test
  void gzipAppend_isAppendingGzipFile() {
    assertThat(docker("docker save busybox | gzip >> b.tar.gz").stdout())
        .isEqualTo(new Sink.File(Path.of("b.tar.gz"), true, true, -1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docker save busybox | gzip", "docker save busybox | gzip -c", "docker save x | gzip -9"})
  void gzipToTerminal_isInvalidWithRedirectHint(String line) {
    assertThat(invalid(line).message()).contains("compressed bytes to the terminal").contains("> FILE.tar.gz");
  }

  @Test
  void gzipDecompressAfterDocker_isProcessSink() {
    assertThat(docker("docker save x | gzip -d > y").stdout()).isEqualTo(new Sink.Process("gzip -d > y"));
  }

  @Test
  void loadFromRedirect_isPlainFileSource() {
    Pipeline.Docker d = docker("docker load < busybox.tar");
    assertThat(d.args()).containsExactly("load");
    assertThat(d.stdin()).isEqualTo(new Source.File(Path.of("busybox.tar"), false));
    assertThat(d.stdout()).isEqualTo(new Sink.Terminal());
  }

  @Test
  void loadFromGzipRedirect_letsLoadSniffGzip() {
    assertThat(docker("docker load < busybox.tar.gz").stdin())
        .isEqualTo(new Source.File(Path.of("busybox.tar.gz"), false));
  }

  @Test
  void gunzipPipeIntoLoad_isNativeGunzipSource() {
    assertThat(docker("gunzip -c myimage_latest.tar.gz | docker load").stdin())
        .isEqualTo(new Source.File(Path.of("myimage_latest.tar.gz"), true));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "zcat b.tar.gz | docker load", "gzip -dc b.tar.gz | docker load", "gzip -cd b.tar.gz | docker load",
    "gzip -d -c b.tar.gz | docker load", "gunzip < b.tar.gz | docker load", "gunzip -c < b.tar.gz | docker load",
    "zcat < b.tar.gz | docker load", "gunzip --stdout b.tar.gz | docker load", "gzip -d < b.tar.gz | docker load",
    "gunzip -ck b.tar.gz|docker load"
  })
  void decompressorsIntoLoad_areNativeGunzipSources(String line) {
    Pipeline.Docker d = docker(line);
    assertThat(d.args()).containsExactly("load");
    assertThat(d.stdin()).isEqualTo(new Source.File(Path.of("b.tar.gz"), true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cat busybox.tar | docker load", "cat < busybox.tar | docker load"})
  void catIntoLoad_isNativePlainSource(String line) {
    assertThat(docker(line).stdin()).isEqualTo(new Source.File(Path.of("busybox.tar"), false));
  }

  @Test
  void gunzipWithoutStdoutFlag_isInvalidBecauseItDecompressesInPlace() {
    assertThat(invalid("gunzip b.tar.gz | docker load").message()).contains("in place").contains("gunzip -c");
  }

  @Test
  void loadInputFlag_isPlainArguments() {
    Pipeline.Docker d = docker("docker load --input busybox.tar");
    assertThat(d.args()).containsExactly("load", "--input", "busybox.tar");
    assertThat(d.stdin()).isEqualTo(new Source.None());
  }

  @Test
  void curlIntoLoad_isProcessSource() {
    Pipeline.Docker d = docker("curl -s http://example.test/b.tar | docker load");
    assertThat(d.stdin()).isEqualTo(new Source.Process("curl -s http://example.test/b.tar"));
  }

  @Test
  void catOfTwoFilesIntoLoad_isProcessSource() {
    assertThat(docker("cat a.tar b.tar | docker load").stdin()).isEqualTo(new Source.Process("cat a.tar b.tar"));
  }

  @Test
  void longUpstream_isOneVerbatimProcess() {
    assertThat(docker("cat x.b64 |  base64 -d | docker load").stdin())
        .isEqualTo(new Source.Process("cat x.b64 |  base64 -d"));
  }

  @Test
  void grepAfterImages_isProcessSink() {
    Pipeline.Docker d = docker("docker images | grep busybox");
    assertThat(d.args()).containsExactly("images");
    assertThat(d.stdout()).isEqualTo(new Sink.Process("grep busybox"));
  }

  @Test
  void downstreamRedirect_staysInTheVerbatimProcess() {
    assertThat(docker("docker images | grep busy > list.txt").stdout())
        .isEqualTo(new Sink.Process("grep busy > list.txt"));
  }

  @Test
  void longDownstream_isOneVerbatimProcess() {
    assertThat(docker("docker inspect x | head -n 3 | tail -1").stdout())
        .isEqualTo(new Sink.Process("head -n 3 | tail -1"));
  }

  @Test
  void dockerInTheMiddle_hasBothProcesses() {
    Pipeline.Docker d = docker("cat b.tar | docker load | grep Loaded");
    assertThat(d.stdin()).isEqualTo(new Source.File(Path.of("b.tar"), false));
    assertThat(d.stdout()).isEqualTo(new Sink.Process("grep Loaded"));
  }

  @Test
  void stderrToStdout_isNoted() {
    Pipeline.Docker d = docker("docker pull nothing 2>&1 | grep denied");
    assertThat(d.stderrToStdout()).isTrue();
    assertThat(d.args()).containsExactly("pull", "nothing");
    assertThat(d.stdout()).isEqualTo(new Sink.Process("grep denied"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docker rmi x 2>/dev/null", "docker rmi x 2> err.txt", "docker rmi x 2>>err.txt"})
  void stderrRedirect_isInvalid(String line) {
    assertThat(invalid(line).message()).contains("error output").contains("not supported");
  }

  @Test
  void twoDockersInOnePipeline_isInvalidWithTwoLineHint() {
    Plan.Invalid i = invalid("docker save x | docker load");
    assertThat(i.message()).contains("two lines").contains("docker save x -o x.tar").contains("docker load -i x.tar");
    assertThat(i.column()).isEqualTo(17);
  }

  @Test
  void sudoDocker_isDockerWithSudoNoted() {
    Pipeline.Docker d = docker("sudo docker images");
    assertThat(d.args()).containsExactly("images");
    assertThat(d.sudo()).isTrue();
  }

  @Test
  void pipeAndRedirectBoth_isInvalid() {
    assertThat(invalid("docker save x > a.tar | gzip > b.gz").message()).contains("keep one");
    assertThat(invalid("cat a.tar | docker load < b.tar").message()).contains("keep one");
  }

  @Test
  void twoOutputRedirects_isInvalid() {
    assertThat(invalid("docker save x > a.tar > b.tar").message()).contains("two output redirections");
  }

  @Test
  void redirectWithoutFile_isInvalid() {
    assertThat(invalid("docker save x >").message()).contains("needs a file name");
  }

  @Test
  void pwdSubstitution_isExpandedFromPwd_asDockerDocsUseIt() {
    assertThat(docker("docker run -v \"$(pwd)/auth:/auth\" registry:2").args()).containsExactly("run", "-v", "/work/lab/auth:/auth", "registry:2");
    assertThat(docker("docker run -v `pwd`/auth:/auth registry:2").args()).contains("/work/lab/auth:/auth");
  }

  @Test
  void commandSubstitutionInDocker_isInvalid() {
    assertThat(invalid("docker rmi $(docker images -q)").message())
        .contains("command substitution").contains("run the inner command first");
    assertThat(invalid("docker rmi `docker images -q`").message()).contains("command substitution");
  }

  @Test
  void assignmentBeforeDocker_isInvalid() {
    assertThat(invalid("DOCKER_HOST=x docker ps").message()).contains("assignments");
  }

  @Test
  void xargsDocker_isInvalid() {
    assertThat(invalid("docker images -q | xargs docker rmi").message()).contains("xargs");
    assertThat(invalid("sh -c 'docker ps'").message()).contains("docker runs inside the lab shell");
    assertThat(invalid("watch docker ps").message()).contains("watch");
  }

  @Test
  void hereDocumentOnDocker_isInvalid() {
    assertThat(invalid("docker login --password-stdin <<< secret").message()).contains("not supported");
  }

  @Test
  void quotedArguments_reachDockerUnquoted() {
    assertThat(docker("docker run --name 'my app' -e \"A=$USER x\" busybox echo \\$HOME").args())
        .isEqualTo(List.of("run", "--name", "my app", "-e", "A=manu x", "busybox", "echo", "$HOME"));
  }

  @Test
  void unquotedVariable_isSplitIntoWords() {
    assertThat(docker("docker run $OPTS busybox").args()).containsExactly("run", "-d", "-p", "80:80", "busybox");
  }

  @Test
  void unsetVariable_leavesNoWord() {
    assertThat(docker("docker $NOPE images $EMPTY").args()).containsExactly("images");
    assertThat(docker("docker images \"$NOPE\"").args()).containsExactly("images", "");
  }

  @Test
  void absoluteDockerPath_isDocker() {
    assertThat(docker("/usr/bin/docker ps").args()).containsExactly("ps");
  }
}
