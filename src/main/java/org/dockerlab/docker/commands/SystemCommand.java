package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dockerlab.docker.format.DiskUsageRows;
import org.dockerlab.docker.format.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docker system}: of the CLI's system commands, {@code df}. */
@Command(name = "system", description = "Manage Docker (the lab: system df).", subcommands = SystemCommand.Df.class)
final class SystemCommand implements Runnable {
  @ParentCommand DockerCommand docker;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(docker.io().out());
  }

  /** {@code docker system df}: how much disk images, containers, volumes and the build cache take. */
  @Command(name = "df", description = "Show docker disk usage.")
  static final class Df implements Callable<Integer> {
    @ParentCommand SystemCommand system;

    @Override
    public Integer call() {
      PrintWriter out = system.docker.io().out();
      TableWriter table = new TableWriter().row(DiskUsageRows.HEADER);
      DiskUsageRows.rows(system.docker.context().engine().diskUsage()).forEach(table::row);
      table.print(out);
      out.flush();
      return 0;
    }
  }
}
