package org.dockerlab.shell;

import java.util.List;
import java.util.Set;

/** Refuses docker started by another program (xargs docker, sh -c "docker ..."): only the lab runs docker. */
final class Wrappers {
  private static final Set<String> LAUNCHERS =
      Set.of("xargs", "time", "watch", "nohup", "env", "exec", "command", "nice", "timeout", "stdbuf");
  private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash");

  private Wrappers() {}

  static void rejectDockerInside(Command c) {
    List<Token> words = c.words();
    int i = c.nameIndex();
    if (i >= words.size()) {
      return;
    }
    String name = words.get(i).text();
    if (name.equals("sudo") && i + 1 < words.size() && Command.isDocker(words.get(i + 1).text())) {
      return; // sudo docker is docker here
    }
    if (LAUNCHERS.contains(name) || name.equals("sudo")) {
      for (Token w : words.subList(i + 1, words.size())) {
        if (Command.isDocker(w.text())) {
          throw refusal(name, c);
        }
      }
    }
    if (SHELLS.contains(name)) {
      for (Token w : words.subList(i + 1, words.size())) {
        String text = w.text().strip();
        if (text.startsWith("docker ") || text.contains("; docker ") || text.contains("&& docker ")
            || text.contains("| docker ")) {
          throw refusal(name, c);
        }
      }
    }
  }

  private static Refusal refusal(String launcher, Command c) {
    return new Refusal("docker runs inside the lab shell only, so " + launcher + " can't start it;"
        + " type the docker command itself on its own line", c.start());
  }
}
