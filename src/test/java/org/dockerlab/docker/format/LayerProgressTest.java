package org.dockerlab.docker.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.dockerlab.docker.RegistryEvent;
import org.junit.jupiter.api.Test;

class LayerProgressTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] PULL = {
    "{\"status\":\"Pulling from library/busybox\",\"id\":\"latest\"}",
    "{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"a3ed95caeb02\"}",
    "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1000,\"total\":2000},\"id\":\"a3ed95caeb02\"}",
    "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":2000,\"total\":2000},\"id\":\"a3ed95caeb02\"}",
    "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"a3ed95caeb02\"}",
    "{\"status\":\"Digest: sha256:abc\"}",
    "{\"status\":\"Status: Downloaded newer image for busybox:latest\"}",
    "{\"progressDetail\":{},\"aux\":{\"Tag\":\"latest\",\"Digest\":\"sha256:abc\",\"Size\":527}}"
  };

  private static String render(boolean terminal) throws Exception {
    StringWriter text = new StringWriter();
    LayerProgress progress = new LayerProgress(new PrintWriter(text), terminal);
    for (String item : PULL) {
      progress.show(event(item));
    }
    return text.toString();
  }

  /** The event the gateway makes of one line of the engine's stream. */
  private static RegistryEvent.Progress event(String json) throws Exception {
    JsonNode n = JSON.readTree(json);
    JsonNode detail = n.path("progressDetail");
    return new RegistryEvent.Progress(n.path("id").asText(null), n.path("status").asText(null), detail.path("current").asLong(), detail.path("total").asLong());
  }

  @Test
  void aPushTheEngineRetries_saysWhichRepositoryOnce() {
    StringWriter text = new StringWriter();
    LayerProgress progress = new LayerProgress(new PrintWriter(text), false);
    for (int i = 0; i < 3; i++) {
      progress.show(new RegistryEvent.Progress(null, "The push refers to repository [localhost:5000/myapp]", 0, 0));
    }
    progress.show(new RegistryEvent.Progress(null, "latest: digest: sha256:abc size: 527", 0, 0));

    assertThat(text.toString()).isEqualTo("The push refers to repository [localhost:5000/myapp]\nlatest: digest: sha256:abc size: 527\n");
  }

  @Test
  void notATerminal_printsEachLayerStatusOnce_andSkipsTheAuxItem() throws Exception {
    assertThat(render(false))
        .isEqualTo(
            """
            latest: Pulling from library/busybox
            a3ed95caeb02: Pulling fs layer
            a3ed95caeb02: Downloading
            a3ed95caeb02: Pull complete
            Digest: sha256:abc
            Status: Downloaded newer image for busybox:latest
            """);
  }

  @Test
  void onATerminal_redrawsTheLayersLineInPlace_withAProgressBar() throws Exception {
    String screen = render(true);

    assertThat(screen).startsWith("latest: Pulling from library/busybox\na3ed95caeb02: Pulling fs layer\n");
    assertThat(screen).contains("\033[1A\r\033[2Ka3ed95caeb02: Downloading [=========================>                         ]      1kB/2kB\r\033[1B");
    assertThat(screen).contains("\033[1A\r\033[2Ka3ed95caeb02: Pull complete\r\033[1B");
    assertThat(screen).endsWith("Digest: sha256:abc\nStatus: Downloaded newer image for busybox:latest\n");
  }

  @Test
  void pushAllTags_eachTagsLayersGetLinesOfTheirOwn_theFirstTagsPushedStaysPushed() {
    for (boolean terminal : new boolean[] {true, false}) {
      StringWriter text = new StringWriter();
      LayerProgress progress = new LayerProgress(new PrintWriter(text), terminal);
      progress.show(new RegistryEvent.Progress(null, "The push refers to repository [localhost:5000/myapp]", 0, 0));
      progress.show(new RegistryEvent.Progress("c290f835400e", "Preparing", 0, 0));
      progress.show(new RegistryEvent.Progress("c290f835400e", "Pushed", 0, 0));
      progress.show(new RegistryEvent.Progress(null, "1.0: digest: sha256:aaa size: 734", 0, 0));
      progress.show(new RegistryEvent.Progress("c290f835400e", "Preparing", 0, 0));
      progress.show(new RegistryEvent.Progress("c290f835400e", "Layer already exists", 0, 0));
      progress.show(new RegistryEvent.Progress(null, "1.1: digest: sha256:bbb size: 942", 0, 0));

      String out = text.toString();
      String beforeSecondTag = out.substring(0, out.indexOf("1.0: digest"));
      String afterIt = out.substring(out.indexOf("1.0: digest"));
      assertThat(beforeSecondTag).as("terminal " + terminal).contains("c290f835400e: Pushed").doesNotContain("Layer already exists");
      assertThat(afterIt).as("terminal " + terminal).contains("c290f835400e: Layer already exists").doesNotContain("\033[2A"); // not redrawn two lines up, over 1.0's line
    }
  }
}
