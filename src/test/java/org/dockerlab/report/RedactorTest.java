package org.dockerlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void redact_authInJson_isMasked_butTheHostStays() {
    assertThat(Redactor.redact("{\"auths\": {\"localhost:5000\": {\"auth\": \"bWFudTptYW51\"}}}"))
        .isEqualTo("{\"auths\": {\"localhost:5000\": {\"auth\": \"****\"}}}");
  }

  @Test
  void redact_base64OfUserColonPass_anywhere_isMasked() {
    assertThat(Redactor.redact("the value bWFudTptYW51 decodes to it")).isEqualTo("the value **** decodes to it");
    assertThat(Redactor.redact("auth=dXNlcjpwYXNzd29yZA==")).isEqualTo("auth=****");
  }

  @Test
  void redact_digestsIdsAndWords_stay() {
    String text = "sha256:4b9d1b2b5c7a0e3c7b1f3b6c4a0e9d8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1 busybox:latest localhost:5000/myapp registry";
    assertThat(Redactor.redact(text)).isEqualTo(text);
  }

  @Test
  void redact_passwordFlags_areMasked_butPortsOfDockerRunStay() {
    assertThat(Redactor.redact("docker login -u manu -p manu localhost:5000")).isEqualTo("docker login -u manu -p **** localhost:5000");
    assertThat(Redactor.redact("docker login --password=manu localhost:5000")).isEqualTo("docker login --password=**** localhost:5000");
    assertThat(Redactor.redact("docker login -u manu -p 123456 localhost:5000")).isEqualTo("docker login -u manu -p **** localhost:5000");
    assertThat(Redactor.redact("docker login --password-stdin -u manu")).isEqualTo("docker login --password-stdin -u manu");
    assertThat(Redactor.redact("docker run -d -p 5000:5000 --name registry registry:2")).isEqualTo("docker run -d -p 5000:5000 --name registry registry:2");
  }

  @Test
  void redact_userColonPassAndUrlsAndHtpasswd_keepTheUser() {
    assertThat(Redactor.redact("curl -u manu:manu http://localhost:5000/v2/")).isEqualTo("curl -u manu:**** http://localhost:5000/v2/");
    assertThat(Redactor.redact("curl http://manu:secret@localhost:5000/v2/_catalog")).isEqualTo("curl http://manu:****@localhost:5000/v2/_catalog");
    assertThat(Redactor.redact("htpasswd -Bbn manu manu > auth/htpasswd")).isEqualTo("htpasswd -Bbn manu **** > auth/htpasswd");
  }

  @Test
  void redactValue_secretKeys_maskedWhole() {
    assertThat(Redactor.redactValue("password", "plain words")).isEqualTo("****");
    assertThat(Redactor.redactValue("user", "manu")).isEqualTo("manu");
  }
}
