package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.dockerlab.testing.DockerCliProcess;
import org.dockerlab.testing.LabProcess;
import org.dockerlab.testing.RequiresEngine;
import org.dockerlab.testing.TempLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The load lesson's steps pass on the engine's load events, whatever form of docker load the learner used
 * (a pipe, gunzip, the docker CLI in another terminal), and fail when the image came back without a load.
 */
@RequiresEngine
class LoadEventsIT {
  @RegisterExtension final TempLab lab = new TempLab("dlt-loaded-").resetAllAfter();

  @Test
  void loadThroughCatAndGunzipPipes_completesBothLoadSteps() throws Exception {
    LabProcess.Result r = lab.shell(
        "start load\ndocker rmi busybox\nnext\n"
            + "cat busybox.tar | docker load\ncheck\nnext\n"
            + "docker save busybox | gzip > busybox.tar.gz\ndocker rmi busybox\ngunzip -c busybox.tar.gz | docker load\ncheck\n");

    assertThat(r.out()).as(r.all()).contains("Step 2/3 complete").contains("Step 3/3 complete");
  }

  @Test
  void theNameBroughtBackWithoutALoad_doesNotPass() throws Exception {
    String id = DockerCliProcess.run(lab.root(), lab.dir("cli-config"), "images", "-q", "busybox:latest").output().strip();
    assertThat(id).matches("[0-9a-f]{12}");

    LabProcess.Result r = lab.shell("start load\ndocker rmi busybox\nnext\necho docker load -i busybox.tar\ndocker load -i nothing.tar\ndocker tag " + id + " busybox:latest\ncheck\n");

    assertThat(r.out()).as(r.all()).doesNotContain("Step 2/3 complete").contains("loaded nothing since busybox.tar was written");
  }
}
