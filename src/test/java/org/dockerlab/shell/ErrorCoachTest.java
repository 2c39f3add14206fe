package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorCoachTest {
  @Test
  void saveToTheTerminal_isShownTheTwoWaysToWriteAFile() {
    assertThat(ErrorCoach.explain("Error: cowardly refusing to save to a terminal. Use the -o flag or redirect"))
        .hasValueSatisfying(h -> assertThat(h).contains("docker save busybox > busybox.tar", "docker save -o busybox.tar busybox", "another image"));
  }

  @Test
  void aFileGivenToLoadAsAWord_isShownTheTwoWaysToGiveIt() {
    assertThat(ErrorCoach.explain("'docker load' accepts no arguments")).hasValueSatisfying(h -> assertThat(h).contains("docker load -i busybox.tar", "docker load < busybox.tar"));
  }

  @Test
  void portAllocated_namesThePort_andTheWayOut() {
    String engine = "Error response from daemon: driver failed programming external connectivity on endpoint registry (abc): Bind for 0.0.0.0:5000 failed: port is already allocated";
    assertThat(ErrorCoach.explain(engine)).hasValueSatisfying(t -> assertThat(t).contains("(5000)").contains("docker ps").contains("-p OTHER:CONTAINER"));
  }

  @Test
  void nameInUse_namesTheContainer() {
    String engine = "Error response from daemon: Conflict. The container name \"/registry\" is already in use by container \"3491b1\". You have to remove (or rename) that container to be able to reuse that name.";
    assertThat(ErrorCoach.explain(engine)).hasValueSatisfying(t -> assertThat(t).contains("docker rm -f registry"));
  }

  @Test
  void httpsToHttpRegistry_isExplained() {
    assertThat(ErrorCoach.explain("Get \"https://myhost:5000/v2/\": http: server gave HTTP response to HTTPS client"))
        .hasValueSatisfying(t -> assertThat(t).contains("plain HTTP"));
  }

  @Test
  void noBasicAuth_saysLogIn() {
    assertThat(ErrorCoach.explain("no basic auth credentials")).hasValueSatisfying(t -> assertThat(t).contains("docker login"));
  }

  @Test
  void pushOfMissingTag_saysTagFirst() {
    assertThat(ErrorCoach.explain("An image does not exist locally with the tag: localhost:5000/myapp"))
        .hasValueSatisfying(t -> assertThat(t).contains("docker tag IMAGE localhost:5000/myapp"));
  }

  @Test
  void noSuchImage_withoutAGroup_readsWell() {
    assertThat(ErrorCoach.explain("Error response from daemon: reference does not exist"))
        .hasValueSatisfying(t -> assertThat(t).contains("docker images").doesNotContain("$"));
  }

  @Test
  void offlinePull_saysDockerHubIsOutOfReach_andTheImagesAreLocal() {
    String engine = "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host";
    assertThat(ErrorCoach.explain(engine)).hasValueSatisfying(t -> assertThat(t).contains("cannot reach Docker Hub").contains("docker images").contains("To push: tag the image for a registry here first"));
  }

  @Test
  void unknownErrors_getNoExplanation() {
    assertThat(ErrorCoach.explain("something entirely different")).isEmpty();
    assertThat(ErrorCoach.explain(null)).isEmpty();
  }

  @Test
  void addressInUse_namesThePort_andHowToFindTheProgram() {
    String engine = "Error response from daemon: driver failed programming external connectivity on endpoint x (abc): Error starting userland proxy: listen tcp4 0.0.0.0:40601: bind: address already in use";
    assertThat(ErrorCoach.explain(engine)).hasValueSatisfying(t -> assertThat(t)
        .contains("already listens on port 40601").contains("ss -ltnp sport = :40601").contains("-p OTHER:CONTAINER"));
  }

  @Test
  void manifestUnknown_forAUserNameAlone_saysTheRepositoryIsMissing_notTheTag() {
    String engine = "Error response from daemon: manifest for localhost:5001/student:latest not found: manifest unknown: manifest unknown";

    assertThat(ErrorCoach.explain(engine)).hasValueSatisfying(t -> assertThat(t)
        .contains("If 'student' is a user or organisation name, the name is missing its repository: localhost:5001/student/myapp")
        .contains("curl http://localhost:5001/v2/_catalog")
        .doesNotContain("has that repository"));
    assertThat(ErrorCoach.explain(engine, registry -> registry.equals("localhost:5001") ? Optional.of("student") : Optional.empty()))
        .hasValueSatisfying(t -> assertThat(t)
            .startsWith("'student' is your user name on localhost:5001, not a repository")
            .contains("docker pull localhost:5001/student/myapp")
            .contains("curl -u student http://localhost:5001/v2/_catalog"));
  }

  @Test
  void manifestUnknown_neverClaimsTheRepositoryExists_andNamesItsTagsList() {
    String engine = "Error response from daemon: manifest for localhost:5001/student/myap:1.0 not found: manifest unknown: manifest unknown";

    assertThat(ErrorCoach.explain(engine)).hasValueSatisfying(t -> assertThat(t)
        .contains("either it has no repository student/myap, or that repository has no tag '1.0'")
        .contains("curl http://localhost:5001/v2/student/myap/tags/list")
        .doesNotContain("missing its repository"));
    assertThat(ErrorCoach.explain("manifest unknown")).hasValueSatisfying(t -> assertThat(t)
        .contains("either it has no such repository, or the repository has no such tag")
        .doesNotContain("has that repository"));
  }

  @Test
  void stoppedContainer_isNotSimplyToldToStart_whenItsLogEndsWithAnError() {
    assertThat(ErrorCoach.explain("Error response from daemon: container 1f2e3d is not running")).hasValueSatisfying(t -> assertThat(t)
        .contains("docker logs NAME")
        .contains("would crash it again: remove it (docker rm -f NAME) and run it again with the setting fixed")
        .doesNotStartWith("The container is stopped. Start it"));
  }
}
