package org.dockerlab.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Makes {@code ~/.docker} (and {@code ./.docker} in the lab's workspace) show the docker config the shell
 * uses, so that the seed's {@code cat ~/.docker/config.json} shows the lab's file, never the learner's own.
 */
public final class ShellHome {
  private ShellHome() {}

  /** Creates the shell's HOME with a {@code .docker} link to the config directory; returns the HOME. */
  public static Path prepare(Path shellHome, Path dockerConfig, Path labWorkspace) throws IOException {
    Files.createDirectories(shellHome);
    Files.createDirectories(dockerConfig);
    link(shellHome.resolve(".docker"), dockerConfig);
    link(labWorkspace.resolve(".docker"), dockerConfig);
    return shellHome;
  }

  /** Points {@code link} at {@code target}; replaces only a link the lab made, never a real directory. */
  private static void link(Path link, Path target) throws IOException {
    if (Files.isSymbolicLink(link)) {
      if (Files.readSymbolicLink(link).equals(target)) {
        return;
      }
      Files.delete(link);
    } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, target);
  }
}
