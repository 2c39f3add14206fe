package org.dockerlab.docker.commands;

import com.github.dockerjava.api.model.Version;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code docker version}: the lab's client and the engine's versions, laid out like the docker CLI's. */
@Command(name = "version", description = "Show the Docker version information.")
final class VersionCommand implements Callable<Integer> {
  @ParentCommand DockerCommand docker;

  @Override
  public Integer call() {
    PrintWriter out = docker.io().out();
    out.println("Client: dockerlab (native, on docker-java)");
    out.printf(" Version:           %s%n", clientVersion());
    out.printf(" OS/Arch:           %s/%s%n", System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT), System.getProperty("os.arch"));
    out.println();
    Version v = docker.context().engine().call(() -> docker.context().engine().client().versionCmd().exec());
    out.println("Server: Docker Engine");
    out.println(" Engine:");
    out.printf("  Version:          %s%n", v.getVersion());
    out.printf("  API version:      %s (minimum version %s)%n", v.getApiVersion(), v.getMinAPIVersion());
    out.printf("  Go version:       %s%n", v.getGoVersion());
    out.printf("  Git commit:       %s%n", v.getGitCommit());
    out.printf("  OS/Arch:          %s/%s%n", v.getOperatingSystem(), v.getArch());
    out.printf("  Kernel version:   %s%n", v.getKernelVersion());
    out.flush();
    return 0;
  }

  private static String clientVersion() {
    Package p = VersionCommand.class.getPackage();
    return p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion();
  }
}
