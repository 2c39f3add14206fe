package org.dockerlab.shell;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dockerlab.docker.Htpasswd;
import org.dockerlab.errors.LabException;

/** The commands the shell runs itself: cd, pwd, trace, htpasswd, help, exit. */
public final class BuiltinCommands {
  /** Names the parser treats as builtins, not system commands. */
  public static final Set<String> NAMES = Set.of("cd", "pwd", "exit", "quit", "help", "trace", "htpasswd", "clear");

  private static final List<String[]> HELP =
      List.of(
          new String[] {"docker ...", "run docker commands for real (natively; no docker CLI needed); 'docker --help' lists them"},
          new String[] {"lessons / start ID", "list the lessons / start one (its setup prepares the lab)"},
          new String[] {"show / check", "show the current step / check it now (it is also checked after every command)"},
          new String[] {"hint / solution", "the next hint / the commands (recorded as assisted)"},
          new String[] {"next / prev", "move between the steps of the lesson"},
          new String[] {"reset step|lesson|all", "start the step again / put the lab back as the lesson starts / remove all the lab made"},
          new String[] {"answer TEXT", "answer the current step's question"},
          new String[] {"progress", "a bar per lesson, with the hints and solutions used"},
          new String[] {"cd DIR / pwd", "change / show the working directory (starts in the lab's workspace)"},
          new String[] {"trace on|off", "after each docker command, show the Engine API requests it made"},
          new String[] {"htpasswd -Bbn USER PASS", "print an htpasswd line with a bcrypt hash, for a registry with passwords"},
          new String[] {"exit", "leave the shell (or Ctrl-D); Ctrl-C stops the running command"},
          new String[] {"anything else", "runs in the system shell: ls -sh busybox.tar, curl http://localhost:5000/v2/_catalog, ..."});

  private BuiltinCommands() {}

  /** Runs a builtin; returns its exit status, or throws LabException with a one-line message. */
  public static int run(ShellSession session, String name, List<String> args, PrintWriter out, Runnable exitRequest) {
    switch (name) {
      case "cd" -> {
        Path target = args.isEmpty() ? session.workspace() : session.cwd().resolve(args.get(0)).normalize();
        if (!Files.isDirectory(target)) {
          throw LabException.badInput("cd: " + (args.isEmpty() ? target : args.get(0)) + ": no such directory");
        }
        session.cd(target);
        return 0;
      }
      case "pwd" -> {
        out.println(session.cwd());
        return 0;
      }
      case "trace" -> {
        return trace(session, args, out);
      }
      case "htpasswd" -> {
        return htpasswd(args, out);
      }
      case "help" -> {
        out.println("In the lab shell:");
        HELP.forEach(h -> out.printf("  %-26s %s%n", h[0], h[1]));
        return 0;
      }
      case "clear" -> {
        out.print("\033[H\033[2J");
        out.flush();
        return 0;
      }
      case "exit", "quit" -> {
        exitRequest.run();
        return 0;
      }
      default -> throw new IllegalArgumentException("not a builtin: " + name);
    }
  }

  private static int trace(ShellSession session, List<String> args, PrintWriter out) {
    if (args.size() != 1 || !(args.get(0).equals("on") || args.get(0).equals("off"))) {
      out.println("trace is " + (session.trace() ? "on" : "off") + "; use: trace on | trace off");
      return args.isEmpty() ? 0 : 2;
    }
    session.trace(args.get(0).equals("on"));
    out.println(
        session.trace()
            ? "trace on: after each docker command you will see the Engine API requests it made"
            : "trace off");
    return 0;
  }

  /** {@code htpasswd -Bbn USER PASS}, the form the registry docs use; bcrypt is the only hash the registry takes. */
  private static int htpasswd(List<String> args, PrintWriter out) {
    if (args.size() != 3 || !isBatchNoFileBcrypt(args.get(0))) {
      throw LabException.badInput(
          "htpasswd: the lab shell supports 'htpasswd -Bbn USER PASSWORD' (bcrypt, password on the command line, print to the screen); redirect it to a file: htpasswd -Bbn manu manu > auth/htpasswd");
    }
    out.println(Htpasswd.line(args.get(1), args.get(2).toCharArray()));
    return 0;
  }

  private static boolean isBatchNoFileBcrypt(String flags) {
    if (!flags.startsWith("-")) {
      return false;
    }
    Set<Character> set = new java.util.HashSet<>();
    flags.substring(1).chars().forEach(c -> set.add((char) c));
    return set.equals(Set.of('B', 'b', 'n'));
  }
}
