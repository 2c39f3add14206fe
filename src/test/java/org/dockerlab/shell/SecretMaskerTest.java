package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dockerlab.shell.SecretMasker.containsSecret;
import static org.dockerlab.shell.SecretMasker.mask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskerTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    "docker login -p S3cret localhost:5000 => docker login -p **** localhost:5000",
    "docker login --password S3cret => docker login --password ****",
    "docker login --password=S3cret x => docker login --password=**** x",
    "docker login -pS3cret => docker login -p****",
    "docker login -u manu -p S3cret localhost:5000 => docker login -u manu -p **** localhost:5000",
    "sudo docker login -u manu -p S3cret => sudo docker login -u manu -p ****",
    "docker --config /tmp/c login -p 'my secret' srv => docker --config /tmp/c login -p **** srv",
    "docker login --password=\"a b\" srv => docker login --password=**** srv",
  })
  void dockerLoginPassword_isMasked(String line, String masked) {
    assertThat(mask(line)).isEqualTo(masked);
    assertThat(containsSecret(line)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    "echo S3cret | docker login -u manu --password-stdin localhost:5000"
        + " => echo **** | docker login -u manu --password-stdin localhost:5000",
    "echo -n 'S3cret' | docker login --password-stdin => echo -n **** | docker login --password-stdin",
    "printf 'S3cret' | docker login --password-stdin => printf **** | docker login --password-stdin",
    "printf '%s' S3cret|docker login --password-stdin => printf **** ****|docker login --password-stdin",
    "docker login --password-stdin <<< S3cret => docker login --password-stdin <<< ****",
  })
  void passwordPipedIntoLogin_isMasked(String line, String masked) {
    assertThat(mask(line)).isEqualTo(masked);
  }

  @Test
  void passwordFromVariable_isNotASecret() {
    String line = "echo \"$PASSWORD\" | docker login -u manu --password-stdin";
    assertThat(mask(line)).isEqualTo(line);
    assertThat(containsSecret("docker login -p $PASS")).isFalse();
  }

  @Test
  void passwordFromFile_hasNothingToMask() {
    assertThat(containsSecret("cat pw.txt | docker login -u manu --password-stdin")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    "htpasswd -Bbn manu S3cret > auth/htpasswd => htpasswd -Bbn manu **** > auth/htpasswd",
    "htpasswd -bB auth/htpasswd manu S3cret => htpasswd -bB auth/htpasswd manu ****",
    "htpasswd -b -C 10 file manu S3cret => htpasswd -b -C 10 file manu ****",
    "docker run --entrypoint htpasswd registry:2 -Bbn testuser S3cret > auth/htpasswd"
        + " => docker run --entrypoint htpasswd registry:2 -Bbn testuser **** > auth/htpasswd",
    "docker run --rm httpd:2 htpasswd -Bbn manu 'S3 cret' => docker run --rm httpd:2 htpasswd -Bbn manu ****",
  })
  void htpasswdBatchPassword_isMasked(String line, String masked) {
    assertThat(mask(line)).isEqualTo(masked);
  }

  @Test
  void htpasswdWithoutBatch_promptsSoHasNoSecret() {
    assertThat(containsSecret("htpasswd -Bc auth/htpasswd manu")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    "curl -u manu:S3cret http://localhost:5000/v2/_catalog => curl -u manu:**** http://localhost:5000/v2/_catalog",
    "curl --user manu:S3cret http://x => curl --user manu:**** http://x",
    "curl --user=manu:S3cret http://x => curl --user=manu:**** http://x",
    "curl -umanu:S3cret http://x => curl -umanu:**** http://x",
    "curl -u 'manu:S3 cret' http://x => curl -u 'manu:****' http://x",
  })
  void curlUserPassword_keepsUserMasksPassword(String line, String masked) {
    assertThat(mask(line)).isEqualTo(masked);
  }

  @Test
  void curlUserWithoutPassword_isKept() {
    assertThat(containsSecret("curl -u manu http://x")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    "curl http://manu:S3cret@localhost:5000/v2/ => curl http://manu:****@localhost:5000/v2/",
    "git clone 'https://bob:S3cret@example.test/r.git' => git clone 'https://bob:****@example.test/r.git'",
  })
  void urlCredentials_areMasked(String line, String masked) {
    assertThat(mask(line)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    "REGISTRY_PASSWORD=S3cret ./run.sh => REGISTRY_PASSWORD=**** ./run.sh",
    "export GITHUB_TOKEN=abc123 => export GITHUB_TOKEN=****",
    "docker run -e REGISTRY_HTTP_SECRET=abc -d registry:2 => docker run -e REGISTRY_HTTP_SECRET=**** -d registry:2",
    "export db_password='a b' => export db_password=****",
    "wget --password=S3cret http://x => wget --password=**** http://x",
  })
  void secretAssignmentsAndOptions_areMasked(String line, String masked) {
    assertThat(mask(line)).isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "docker run -d -p 5000:5000 --name registry registry:2", "docker save busybox > busybox.tar",
    "docker run -u 1000:1000 busybox id", "ls -la", "echo hello | base64", "docker login localhost:5000",
    "docker run -p 80:80 img login", "curl http://localhost:5000/v2/_catalog", "  spaced   line  ",
    "docker run -e REGISTRY_AUTH=htpasswd -e REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd registry:2"
  })
  void linesWithoutSecrets_areByteIdentical(String line) {
    assertThat(mask(line)).isEqualTo(line);
    assertThat(containsSecret(line)).isFalse();
  }

  @Test
  void unclosedQuote_stillMasksAndDoesNotThrow() {
    assertThat(mask("docker login -u 'manu -p S3cret")).doesNotContain("S3cret");
    assertThat(mask("echo \"oops; docker login -p S3cret x")).doesNotContain("S3cret");
  }

  @Test
  void quoteOpenedBeforeAndClosedAfter_stillMasks() {
    assertThat(mask("echo 'a docker login -u u -p S3cret b'")).doesNotContain("S3cret");
  }

  @Test
  void comment_doesNotHideTheSecret() {
    assertThat(mask("# docker login -p S3cret")).doesNotContain("S3cret");
  }

  @Test
  void nullAndEmpty_areReturnedAsIs() {
    assertThat(mask(null)).isNull();
    assertThat(mask("")).isEmpty();
    assertThat(containsSecret(null)).isFalse();
  }
}
