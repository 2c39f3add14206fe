package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineError;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.CancelledException;
import org.junit.jupiter.api.Test;
import org.dockerlab.io.CancelToken;
import org.dockerlab.io.ByteProgress;

/** The docker side of an archive load: opening with the person's words, and the engine's refusal explained. */
class ArchiveInputTest {
  private static final ByteProgress QUIET = new ByteProgress(new PrintWriter(new StringWriter()), false, "x");

  private static byte[] tarOf(String name) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] content = "[]".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry(name);
      e.setSize(content.length);
      tar.putArchiveEntry(e);
      tar.write(content);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  /** An engine whose load reads the whole stream, then answers with the given lines or error. */
  private static DockerGateway loading(List<String> lines, RuntimeException refusal) {
    return (DockerGateway)
        Proxy.newProxyInstance(
            DockerGateway.class.getClassLoader(),
            new Class<?>[] {DockerGateway.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("loadImages")) {
                throw new UnsupportedOperationException(method.getName());
              }
              ((InputStream) args[0]).readAllBytes();
              if (refusal != null) {
                throw refusal;
              }
              @SuppressWarnings("unchecked")
              Consumer<String> eachLine = (Consumer<String>) args[1];
              lines.forEach(eachLine);
              return lines;
            });
  }

  @Test
  void require_ofEmptyInput_failsWithThePersonsWords_andClosesIt() {
    boolean[] closed = {false};
    InputStream empty = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThatThrownBy(() -> ArchiveInput.require(empty, "stdin", "requested load from stdin, but stdin is empty", CancelToken.none(), QUIET))
        .isInstanceOf(LabException.class)
        .hasMessage("requested load from stdin, but stdin is empty");
    assertThat(closed[0]).isTrue();
  }

  @Test
  void loadInto_passesTheEnginesLinesOn() throws Exception {
    List<String> seen = new ArrayList<>();
    try (ArchiveInput in = ArchiveInput.require(new ByteArrayInputStream(tarOf("manifest.json")), "b.tar", "empty", CancelToken.none(), QUIET)) {
      List<String> lines = in.loadInto(loading(List.of("Loaded image: busybox:latest"), null), seen::add, CancelToken.none());
      assertThat(lines).containsExactly("Loaded image: busybox:latest");
    }
    assertThat(seen).containsExactly("Loaded image: busybox:latest");
  }

  @Test
  void loadInto_explainsTheEnginesRefusal_inTermsOfTheFile() throws Exception {
    try (ArchiveInput in = ArchiveInput.require(new ByteArrayInputStream(tarOf("notes.txt")), "notes.tar", "empty", CancelToken.none(), QUIET)) {
      EngineError refusal = new EngineError(500, "open /var/lib/docker/tmp/manifest.json: no such file or directory", null);
      assertThatThrownBy(() -> in.loadInto(loading(List.of(), refusal), line -> {}, CancelToken.none()))
          .hasMessage("notes.tar is not a docker image archive (no manifest.json): open /var/lib/docker/tmp/manifest.json: no such file or directory");
    }
  }

  @Test
  void progress_showsTheFilesBytesOnATerminal() throws Exception {
    StringWriter drawn = new StringWriter();
    ByteProgress progress = new ByteProgress(new PrintWriter(drawn), true, "Loading b.tar", java.time.Duration.ZERO);
    try (ArchiveInput in = ArchiveInput.require(new ByteArrayInputStream(tarOf("manifest.json")), "b.tar", "empty", CancelToken.none(), progress)) {
      in.loadInto(loading(List.of(), null), line -> {}, CancelToken.none());
    }
    assertThat(drawn.toString()).contains("Loading b.tar: ");
  }

  @Test
  void ctrlC_stopsReadingTheFile() throws Exception {
    byte[] tar = tarOf("manifest.json");
    CancelToken cancel = new CancelToken();
    cancel.cancel();
    assertThatThrownBy(() -> ArchiveInput.require(new ByteArrayInputStream(tar), "b.tar", "empty", cancel, QUIET)).isInstanceOf(CancelledException.class);
  }
}
