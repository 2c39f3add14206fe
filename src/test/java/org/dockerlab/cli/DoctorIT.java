package org.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.dockerlab.testing.Cli;
import org.dockerlab.testing.RequiresEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@RequiresEngine
class DoctorIT {
  @TempDir Path state;

  @Test
  void doctor_withTheEngineUp_reportsItsVersion_andEveryItem() {
    Cli.Result r = new Cli(state).run("doctor");
    assertThat(r.out()).contains("ok    engine").contains("API 1.");
    assertThat(r.out()).contains("port 5000").contains("port 5001").contains("port 8080").contains("disk");
    assertThat(r.out()).contains("image registry:2");
  }

  @Test
  void doctor_namesTheProgramHoldingALabPort() throws Exception {
    ServerSocket taken;
    try {
      taken = new ServerSocket(5001);
    } catch (java.io.IOException alreadyTaken) {
      return; // something else holds it on this machine: the line for it is asserted above
    }
    try (taken) {
      Cli.Result r = new Cli(state).run("doctor");
      assertThat(r.exitCode()).isEqualTo(3);
      assertThat(r.out()).containsPattern("FAIL  port 5001 +in use by java \\(pid \\d+\\)").contains("fix:");
    }
  }
}
