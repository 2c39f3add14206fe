package org.dockerlab.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dockerlab.docker.Htpasswd;
import org.dockerlab.errors.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code htpasswd -Bbn USER PASS}, the form the registry docs use; bcrypt is the only hash the registry takes. */
@Command(name = "htpasswd", description = "print an htpasswd line with a bcrypt hash, for a registry with passwords")
final class HtpasswdCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "-Bbn USER PASS", description = "-Bbn, then the user and the password")
  List<String> args;

  @Override
  public Integer call() {
    List<String> given = args == null ? List.of() : args;
    if (given.size() != 3 || !isBatchNoFileBcrypt(given.get(0))) {
      throw LabException.badInput(
          "htpasswd: the lab shell supports 'htpasswd -Bbn USER PASSWORD' (bcrypt, password on the command line, print to the screen); redirect it to a file: htpasswd -Bbn manu manu > auth/htpasswd");
    }
    spec.commandLine().getOut().println(Htpasswd.line(given.get(1), given.get(2).toCharArray()));
    return 0;
  }

  private static boolean isBatchNoFileBcrypt(String flags) {
    if (!flags.startsWith("-")) {
      return false;
    }
    Set<Character> set = new HashSet<>();
    flags.substring(1).chars().forEach(c -> set.add((char) c));
    return set.equals(Set.of('B', 'b', 'n'));
  }
}
