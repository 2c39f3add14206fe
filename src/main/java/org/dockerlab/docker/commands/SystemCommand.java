package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import org.dockerlab.docker.format.DiskUsageRows;
import org.dockerlab.docker.format.TableWriter;
import picocli.CommandLine.Command;

/** {@code docker system}: of the CLI's system commands, {@code df}. */
@Command(name = "system", description = "Manage Docker (the lab: system df).", subcommands = SystemCommand.Df.class)
final class SystemCommand extends DockerGroup {
  /** {@code docker system df}: how much disk images, containers, volumes and the build cache take. */
  @Command(name = "df", description = "Show docker disk usage.")
  static final class Df extends DockerSubcommand {
    @Override
    public Integer call() {
      PrintWriter out = io().out();
      TableWriter table = new TableWriter().row(DiskUsageRows.HEADER);
      DiskUsageRows.rows(engine().diskUsage()).forEach(table::row);
      table.print(out);
      out.flush();
      return 0;
    }
  }
}
