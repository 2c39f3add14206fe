package org.dockerlab.docker.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dockerlab.docker.EngineError;
import org.dockerlab.docker.EngineHttp;
import org.dockerlab.docker.EngineUnavailableException;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docker rmi} (also {@code docker image rm}): prints the engine's Untagged/Deleted report for each
 * image, goes on past an image that fails, and fails at the end with one line per failure.
 */
@Command(name = "rmi", description = "Remove one or more images.")
final class RmiCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Option(names = {"-f", "--force"}, description = "Force removal of the image")
  boolean force;

  @Option(names = "--no-prune", description = "Do not delete untagged parents")
  boolean noPrune;

  @Parameters(arity = "1..*", paramLabel = "IMAGE")
  List<String> images;

  @Override
  public Integer call() throws IOException {
    EngineHttp http = new EngineHttp(docker.context().engine());
    List<LabException> failures = new ArrayList<>();
    for (String image : images) {
      try {
        remove(http, image);
      } catch (EngineUnavailableException e) {
        throw e;
      } catch (LabException e) {
        failures.add(e);
      }
    }
    if (failures.isEmpty()) {
      return 0;
    }
    // the last failure is the command's error (printed by DockerCli); the others get their line here
    PrintWriter err = docker.io().err();
    failures.subList(0, failures.size() - 1).forEach(f -> err.println(oneLine(f)));
    err.flush();
    throw failures.get(failures.size() - 1);
  }

  private void remove(EngineHttp http, String image) throws IOException {
    String path = "/images/" + EngineHttp.pathPart(image) + "?force=" + force + "&noprune=" + noPrune;
    PrintWriter out = docker.io().out();
    try (Response response = http.send(Request.builder().method(Request.Method.DELETE).path(path).build())) {
      for (JsonNode item : EngineHttp.JSON.readTree(response.getBody())) {
        if (item.hasNonNull("Untagged")) {
          out.println("Untagged: " + item.get("Untagged").asText());
        }
        if (item.hasNonNull("Deleted")) {
          out.println("Deleted: " + item.get("Deleted").asText());
        }
      }
    }
    out.flush();
  }

  private static String oneLine(LabException e) {
    return (e instanceof EngineError ? "Error response from daemon: " : "Error: ") + e.getMessage();
  }
}
