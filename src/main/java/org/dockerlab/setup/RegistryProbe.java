package org.dockerlab.setup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/** Waits, bounded, until a registry just started answers {@code GET /v2/} (200 open, 401 with passwords). */
final class RegistryProbe {
  private static final Duration POLL = Duration.ofMillis(200);

  private RegistryProbe() {}

  static void awaitReady(String name, int port, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v2/")).timeout(Duration.ofSeconds(2)).GET().build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200 || status == 401) {
          return;
        }
        last = "HTTP " + status;
      } catch (IOException e) {
        last = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LabException(ExitCode.FAILED, "interrupted while waiting for the registry " + name);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LabException(ExitCode.FAILED, "interrupted while waiting for the registry " + name);
      }
    }
    throw new LabException(
        ExitCode.ENVIRONMENT,
        "the registry " + name + " did not answer on http://localhost:" + port + "/v2/ within " + timeout.toSeconds()
            + " s (" + last + "): see why with docker logs " + name);
  }
}
