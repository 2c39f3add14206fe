package org.dockerlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.EngineInfo;
import org.dockerlab.docker.EngineLocator;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;
import org.dockerlab.host.PortProbe;
import org.dockerlab.images.LabImage;
import org.dockerlab.images.LabImages;
import picocli.CommandLine.Command;

/** {@code dockerlab doctor}: is this machine ready for the lessons? One line per item, a fix for each failure. */
@Command(name = "doctor", description = "Check that the engine, the lab's ports, images and disk are ready.")
final class DoctorCommand extends LabSubcommand {
  static final List<Integer> LAB_PORTS = List.of(5000, 5001, 8080);
  private static final long MIN_FREE_BYTES = 1L << 30;


  private PrintWriter out;
  private int failures;

  @Override
  public Integer call() {
    out = out();
    LabContext lab = lab();
    boolean engineUp = checkEndpoint(lab.locator()) && checkEngine(lab.gateway());
    DockerGateway engine = engineUp ? lab.gateway() : null;
    List<ContainerSummary> containers = engineUp ? containers(engine) : List.of();
    for (int port : LAB_PORTS) {
      checkPort(port, containers);
    }
    if (engineUp) {
      for (LabImage image : LabImages.all()) {
        checkImage(engine, image);
      }
    }
    checkDisk(lab.workdir());
    out.println(failures == 0 ? "Ready for the lessons." : failures + " problem(s) to fix before the lessons.");
    return failures == 0 ? ExitCode.OK : ExitCode.ENVIRONMENT;
  }

  /** Which engine, and why that one: a context, a variable or a socket, as the docker CLI would choose. */
  private boolean checkEndpoint(EngineLocator locator) {
    try {
      Optional<EngineLocator.Endpoint> endpoint = locator.endpoint();
      if (endpoint.isPresent()) {
        ok("endpoint", endpoint.get().toString());
        return true;
      }
      fail("endpoint", "no Docker engine found (no DOCKER_HOST, no docker context, none of the usual sockets)",
          "run scripts/engine-up, or start Docker Desktop / colima, or set DOCKER_HOST or DOCKER_CONTEXT");
    } catch (LabException e) {
      fail("endpoint", e.getMessage(), "choose an existing context with DOCKER_CONTEXT or --context, or set DOCKER_HOST");
    }
    return false;
  }

  private boolean checkEngine(DockerGateway engine) {
    try {
      EngineInfo info = engine.info();
      ok("engine", String.format("Docker %s (API %s), %s/%s, %s, at %s",
          info.version(), info.apiVersion(), info.os(), info.arch(), info.rootless() ? "rootless" : "rootful", info.host()));
      return true;
    } catch (LabException e) {
      fail("engine", e.getMessage(), "run scripts/engine-up, or start Docker Desktop / colima, then try again");
      return false;
    }
  }

  private static List<ContainerSummary> containers(DockerGateway engine) {
    try {
      return engine.containers(false);
    } catch (LabException e) {
      return List.of();
    }
  }

  private void checkPort(int port, List<ContainerSummary> containers) {
    PortProbe probe = PortProbe.system();
    String item = "port " + port;
    Optional<ContainerSummary> holder =
        containers.stream().filter(c -> c.ports().stream().anyMatch(p -> p.hostPort() == port)).findFirst();
    if (holder.isPresent()) {
      ContainerSummary c = holder.get();
      warn(item, "published by container '" + c.name() + "' (" + c.image() + "); free it with: docker rm -f " + c.name());
      return;
    }
    if (probe.isFree(port)) {
      ok(item, "free");
      return;
    }
    String owner = probe.owner(port).map(o -> "in use by " + o).orElse("in use by another program");
    String fix =
        PortProbe.knownOwnerHint(port, System.getProperty("os.name"))
            .orElse("stop that program, or the lessons that publish port " + port + " will fail");
    fail(item, owner, fix);
  }

  private void checkImage(DockerGateway engine, LabImage image) {
    String item = "image " + image.reference();
    try {
      if (engine.inspectImage(image.reference()).isPresent()) {
        ok(item, "present");
      } else {
        warn(item, "missing; the lessons get it when they need it, or run: dockerlab images prepare");
      }
    } catch (LabException e) {
      fail(item, e.getMessage(), "check the engine, then run: dockerlab images prepare");
    }
  }

  private void checkDisk(Path workdir) {
    try {
      Path existing = workdir;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      long free = Files.getFileStore(existing == null ? Path.of(".") : existing).getUsableSpace();
      String amount = String.format("%.1f GiB free in %s", free / (double) (1L << 30), workdir);
      if (free < MIN_FREE_BYTES) {
        fail("disk", amount, "free at least 1 GiB: the lessons save images to archives there");
      } else {
        ok("disk", amount);
      }
    } catch (IOException e) {
      fail("disk", "cannot read free space in " + workdir + ": " + e.getMessage(), "check that the directory is readable");
    }
  }

  private void ok(String item, String detail) {
    out.printf("ok    %-22s %s%n", item, detail);
  }

  private void warn(String item, String detail) {
    out.printf("note  %-22s %s%n", item, detail);
  }

  private void fail(String item, String detail, String fix) {
    failures++;
    out.printf("FAIL  %-22s %s%n      %-22s fix: %s%n", item, detail, "", fix);
  }
}
