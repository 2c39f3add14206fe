package org.dockerlab.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dockerlab.errors.LabException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code help}: every command of the shell with its description, read from the model; {@code help NAME}: one. */
@Command(name = "help", description = "list these commands; help COMMAND shows one")
final class HelpCommand implements Callable<Integer> {
  private static final String DOCKER = "docker ...";
  private static final String ELSE = "anything else";

  @Spec CommandSpec spec;
  @ParentCommand ShellCommands shell;

  @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "the command to explain")
  String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name != null) {
      return one(out);
    }
    List<CommandLine> commands = shell.listed();
    int width = Math.max(ELSE.length(), commands.stream().mapToInt(c -> ShellCommands.synopsis(c).length()).max().orElse(0)) + 2;
    String row = "  %-" + width + "s %s%n";
    out.println("In the lab shell:");
    out.printf(row, DOCKER, "run docker commands for real (natively; no docker CLI needed); 'docker --help' lists them");
    for (CommandLine c : commands) {
      out.printf(row, ShellCommands.synopsis(c), first(c.getCommandSpec().usageMessage().description()));
    }
    out.printf(row, ELSE, "runs in the system shell: ls -sh busybox.tar, curl http://localhost:5000/v2/_catalog, ...");
    return 0;
  }

  private int one(PrintWriter out) {
    CommandLine command = shell.model().getSubcommands().get(name);
    if (command == null) {
      throw LabException.badInput("help: '" + name + "' is not a lab shell command; 'help' lists them"
          + (name.equals("docker") ? " ('docker --help' lists the docker commands)" : ""));
    }
    CommandSpec c = command.getCommandSpec();
    out.println(ShellCommands.synopsis(command));
    for (String line : c.usageMessage().description()) {
      out.println("  " + line);
    }
    for (PositionalParamSpec p : c.positionalParameters()) {
      if (!p.hidden() && p.description().length > 0) {
        out.printf("  %-16s %s%n", p.paramLabel(), first(p.description()));
      }
    }
    for (OptionSpec o : c.options()) {
      if (!o.hidden()) {
        out.printf("  %-16s %s%n", String.join(", ", o.names()), first(o.description()));
      }
    }
    return 0;
  }

  private static String first(String[] lines) {
    return lines.length == 0 ? "" : lines[0];
  }
}
