package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.SeedNames;
import org.dockerlab.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's commands, piped into the lab shell verbatim, reproduce the seed. */
@RequiresEngine
class SeedScriptIT {
  @TempDir Path state;
  private DockerGateway engine;

  @BeforeEach
  void clean() {
    engine = TestEngine.connect(state);
    new org.dockerlab.images.ImageProvisioner(engine, false, l -> {}).ensureAll(org.dockerlab.images.LabImages.all());
    SeedNames.clear(engine);
  }

  @AfterEach
  void restore() {
    SeedNames.clear(engine);
    SeedNames.restoreMyapp(engine);
    engine.close();
  }

  @Test
  void seedCommands_pipedIntoTheShell_reproduceTheSeed_andExit0() throws Exception {
    String busyboxId = SeedNames.imageId(engine, "busybox:latest");
    String script =
        """
        docker save busybox > busybox.tar
        ls -sh busybox.tar
        docker save myimage:latest | gzip > myimage_latest.tar.gz
        docker save --output busybox-o.tar busybox
        docker load < busybox.tar
        docker load --input myimage_latest.tar.gz
        gunzip -c myimage_latest.tar.gz | docker load
        docker run -d -p 5000:5000 --name registry registry:2
        docker tag myapp localhost:5000/myapp
        docker push localhost:5000/myapp
        curl -s http://localhost:5000/v2/_catalog
        docker rmi myapp localhost:5000/myapp
        docker run -d -p 8080:8080 --name myapp localhost:5000/myapp
        docker ps
        """;
    LabProcess.Result r = new LabProcess(state).run(script, 300, "shell");

    assertThat(r.exitCode()).as(r.all()).isZero();
    Path workspace = state.resolve("workspace");
    assertThat(tarEntries(workspace.resolve("busybox.tar"))).contains("manifest.json");
    assertThat(tarEntries(workspace.resolve("busybox-o.tar"))).contains("manifest.json");
    assertThat(gzipMagic(workspace.resolve("myimage_latest.tar.gz"))).isTrue();
    assertThat(r.out()).contains("busybox.tar").contains("Loaded image: busybox:latest").contains("Loaded image: myimage:latest");
    assertThat(r.out()).contains("The push refers to repository [localhost:5000/myapp]").contains("latest: digest: sha256:");
    assertThat(r.out()).contains("{\"repositories\":[\"myapp\"]}");
    assertThat(r.out()).contains("Untagged: myapp:latest").contains("Untagged: localhost:5000/myapp:latest");
    assertThat(r.err()).contains("Unable to find image 'localhost:5000/myapp:latest' locally");
    assertThat(SeedNames.imageId(engine, "busybox:latest")).isEqualTo(busyboxId);
    assertThat(engine.containers(false)).anySatisfy(c -> {
      assertThat(c.name()).isEqualTo("myapp");
      assertThat(c.image()).isEqualTo("localhost:5000/myapp");
    });
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void loginToAnHtpasswdRegistry_writesTheSeedsAuth_withMode0600_andLogoutRemovesIt() throws Exception {
    String script =
        """
        mkdir -p auth
        htpasswd -Bbn manu manu > auth/htpasswd
        docker run -d -p 5000:5000 --name registry -v ./auth:/auth -e REGISTRY_AUTH=htpasswd -e REGISTRY_AUTH_HTPASSWD_REALM=Registry -e REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd registry:2
        sleep 1
        echo manu | docker login -u manu --password-stdin localhost:5000
        cat ./.docker/config.json
        docker tag busybox localhost:5000/busybox
        docker push localhost:5000/busybox
        curl -s -u manu:manu http://localhost:5000/v2/_catalog
        """;
    LabProcess.Result r = new LabProcess(state).run(script, 180, "shell");
    assertThat(r.exitCode()).as(r.all()).isZero();
    assertThat(r.out()).contains("Login Succeeded").contains("\"auth\": \"bWFudTptYW51\"");
    assertThat(r.out()).contains("{\"repositories\":[\"busybox\"]}");
    Path config = state.resolve("docker-config/config.json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
    assertThat(Files.readString(config)).contains("localhost:5000");

    LabProcess.Result logout = new LabProcess(state).run("docker logout localhost:5000\n", 60, "shell");
    assertThat(logout.exitCode()).as(logout.all()).isZero();
    assertThat(Files.readString(config)).doesNotContain("bWFudTptYW51");
  }

  @Test
  void aFailingLine_makesTheScriptExit1_butTheRestStillRuns() throws Exception {
    LabProcess.Result r = new LabProcess(state).run("docker tag nosuchimage:1 x:1\ndocker version\n", 60, "shell");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("No such image");
    assertThat(r.out()).contains("Server: Docker Engine");
  }

  private static List<String> tarEntries(Path tar) throws Exception {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e = t.getNextEntry(); e != null; e = t.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  private static boolean gzipMagic(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }
}
