package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dockerlab.docker.EngineInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code docker version}: the lab's client and the engine's versions, laid out like the docker CLI's. */
@Command(name = "version", description = "Show the Docker version information.")
final class DockerVersionCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Override
  public Integer call() {
    PrintWriter out = docker.io().out();
    out.println("Client: dockerlab (native, on docker-java)");
    out.printf(" Version:           %s%n", clientVersion());
    out.printf(" OS/Arch:           %s/%s%n", System.getProperty("os.name").toLowerCase(Locale.ROOT), System.getProperty("os.arch"));
    out.println();
    EngineInfo v = docker.context().engine().info();
    out.println("Server: Docker Engine");
    out.println(" Engine:");
    out.printf("  Version:          %s%n", v.version());
    out.printf("  API version:      %s (minimum version %s)%n", v.apiVersion(), v.minApiVersion());
    out.printf("  Go version:       %s%n", v.goVersion());
    out.printf("  Git commit:       %s%n", v.gitCommit());
    out.printf("  OS/Arch:          %s/%s%n", v.os(), v.arch());
    out.printf("  Kernel version:   %s%n", v.kernelVersion());
    out.flush();
    return 0;
  }

  private static String clientVersion() {
    Package p = DockerVersionCommand.class.getPackage();
    return p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion();
  }
}
