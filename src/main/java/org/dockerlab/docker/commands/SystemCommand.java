package org.dockerlab.docker.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.Prunable;
import org.dockerlab.docker.format.DiskUsageRows;
import org.dockerlab.docker.format.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docker system}: of the CLI's system commands, {@code df} and {@code prune}. */
@Command(name = "system", description = "Manage Docker (the lab: system df and system prune).", subcommands = {SystemCommand.Df.class, SystemCommand.Prune.class})
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

  /**
   * {@code docker system prune}: as the CLI, the prunes one after another (stopped containers, unused networks, with
   * {@code --volumes} unused anonymous volumes, dangling images (with {@code -a} every unused one), the build cache),
   * after one warning that lists them; a section for each that deleted something, then one total.
   */
  @Command(name = "prune", description = "Remove unused data.")
  static final class Prune extends DockerSubcommand {
    @Option(names = {"-a", "--all"}, description = "Remove all unused images not just dangling ones")
    boolean all;

    @Option(names = "--volumes", description = "Prune anonymous volumes")
    boolean volumes;

    @Mixin Pruning pruning;

    @Override
    public Integer call() {
      DockerGateway engine = engine();
      boolean anonymousOnly = volumes && VolumeCommand.Prune.atLeast(engine.info().apiVersion(), 1, 42);
      if (!pruning.confirmed(docker(), warning(anonymousOnly))) {
        return 0;
      }
      PrintWriter out = io().out();
      long reclaimed = 0;
      for (Prunable what : List.of(Prunable.CONTAINERS, Prunable.NETWORKS, Prunable.VOLUMES, Prunable.IMAGES, Prunable.BUILD_CACHE)) {
        if (what == Prunable.VOLUMES && !volumes) {
          continue;
        }
        Map<String, List<String>> byKey = pruning.filters();
        if (what == Prunable.IMAGES) {
          byKey.put("dangling", List.of(Boolean.toString(!all)));
        } else if (what == Prunable.BUILD_CACHE && all) {
          byKey.put("all", List.of("true"));
        }
        reclaimed += Pruning.section(out, what, engine.prune(what, byKey));
      }
      Pruning.total(out, reclaimed);
      return 0;
    }

    /** The CLI's warning: what will go, one line each (on an engine before API 1.42 volume prune takes named volumes too). */
    private String warning(boolean anonymousOnly) {
      StringBuilder w = new StringBuilder("WARNING! This will remove:\n");
      w.append("  - all stopped containers\n");
      w.append("  - all networks not used by at least one container\n");
      if (volumes) {
        w.append(anonymousOnly ? "  - all anonymous volumes not used by at least one container\n" : "  - all volumes not used by at least one container\n");
      }
      w.append(all ? "  - all images without at least one container associated to them\n" : "  - all dangling images\n");
      w.append(all ? "  - all build cache\n" : "  - unused build cache\n");
      return w.toString();
    }
  }
}
