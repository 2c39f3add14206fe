package org.dockerlab.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.docker.commands.DockerCli;
import org.dockerlab.errors.LabException;
import org.jline.builtins.Completers.FileNameCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion from the models of what runs: the shell's own commands and the docker subcommands
 * (picocli), their options and the candidates their parameters declare; local images or containers where
 * a parameter names them; files after redirections and where nothing more precise is known. The line is
 * read by {@link LabLineParser}, so the word completed is the one the shell will run, in its stage.
 */
public final class LabCompleter implements Completer {
  private static final List<String> SYSTEM_COMMANDS = List.of("ls", "cat", "curl", "gzip", "gunzip", "tar", "echo", "base64", "mkdir", "rm");

  private final CommandSpec docker;
  private final CommandSpec shell;
  private final Supplier<DockerGateway> engine;
  private final FileNameCompleter files;

  /**
   * @param docker the picocli model of {@code docker}
   * @param shell the model of the shell's own commands ({@link ShellCommands#model()})
   * @param cwd the shell's current directory, read at each completion
   * @param home what {@code ~} means in the shell
   */
  public LabCompleter(CommandLine docker, CommandLine shell, Supplier<DockerGateway> engine, Supplier<Path> cwd, Supplier<Path> home) {
    this.docker = docker.getCommandSpec();
    this.shell = shell.getCommandSpec();
    this.engine = engine;
    this.files =
        new FileNameCompleter() {
          @Override
          protected Path getUserDir() {
            return cwd.get();
          }

          @Override
          protected Path getUserHome() {
            return home.get();
          }
        };
  }

  @Override
  public void complete(LineReader reader, ParsedLine parsed, List<Candidate> candidates) {
    if (!(parsed instanceof LabLineParser.CompletionLine line)) {
      files.complete(reader, parsed, candidates);
      return;
    }
    if (line.redirectTarget()) {
      files.complete(reader, line, candidates);
      return;
    }
    List<String> command = line.command();
    if (command.isEmpty()) {
      candidates.add(new Candidate("docker"));
      shell.subcommands().keySet().forEach(c -> candidates.add(new Candidate(c)));
      SYSTEM_COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
      return;
    }
    String name = command.get(0);
    if (Command.isDocker(name)) {
      docker(reader, line, DockerCli.normalize(command.subList(1, command.size())), candidates);
    } else if (shell.subcommands().containsKey(name)) {
      arguments(reader, line, shell.subcommands().get(name).getCommandSpec(), command.subList(1, command.size()), candidates, true);
    } else {
      files.complete(reader, line, candidates);
    }
  }

  private void docker(LineReader reader, LabLineParser.CompletionLine line, List<String> args, List<Candidate> candidates) {
    boolean management = args.size() == 1 && (args.get(0).equals("image") || args.get(0).equals("container"));
    if (management) {
      // docker image ls, docker container prune: the kind's own commands, as the CLI names them
      DockerCli.managed(args.get(0)).forEach(s -> candidates.add(new Candidate(s)));
      return;
    }
    if (args.isEmpty()) {
      docker.subcommands().forEach((s, c) -> {
        if (!c.getCommandSpec().usageMessage().hidden()) {
          candidates.add(new Candidate(s));
        }
      });
      candidates.add(new Candidate("image"));
      candidates.add(new Candidate("container"));
      return;
    }
    CommandLine sub = docker.subcommands().get(args.get(0));
    if (sub != null && !sub.getSubcommands().isEmpty()) {
      // docker volume ls, docker system df: a group's own commands, then their arguments
      if (args.size() == 1) {
        sub.getSubcommands().keySet().forEach(s -> candidates.add(new Candidate(s)));
        return;
      }
      sub = sub.getSubcommands().get(args.get(1));
      args = args.subList(1, args.size());
    }
    if (sub != null) {
      arguments(reader, line, sub.getCommandSpec(), args.subList(1, args.size()), candidates, false);
    }
  }

  /** Options when the word starts with '-', else what the option before it or the positional here takes. */
  private void arguments(LineReader reader, LabLineParser.CompletionLine line, CommandSpec spec, List<String> before, List<Candidate> candidates,
      boolean filesByDefault) {
    if (line.word().startsWith("-")) {
      for (OptionSpec option : spec.options()) {
        for (String name : option.names()) {
          candidates.add(new Candidate(name, name, null, first(option.description()), null, null, true));
        }
      }
      return;
    }
    OptionSpec pending = null;
    int positional = 0;
    for (String w : before) {
      if (pending != null) {
        pending = null;
      } else if (w.startsWith("-") && w.length() > 1) {
        OptionSpec o = spec.findOption(w);
        pending = o != null && o.arity().min() > 0 ? o : null;
      } else {
        positional++;
      }
    }
    ArgSpec arg = pending;
    if (arg == null) {
      int index = positional;
      arg = spec.positionalParameters().stream().filter(p -> p.index().contains(index)).findFirst().orElse(null);
    }
    values(reader, line, arg, candidates, filesByDefault);
  }

  /** What a parameter takes: its declared candidates, or what its label names. */
  private void values(LineReader reader, LabLineParser.CompletionLine line, ArgSpec arg, List<Candidate> candidates, boolean filesByDefault) {
    if (arg != null && arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(c -> candidates.add(new Candidate(c)));
      return;
    }
    String label = arg == null ? "" : arg.paramLabel();
    boolean images = arg instanceof PositionalParamSpec && (label.contains("IMAGE") || label.startsWith("NAME[:TAG") || label.startsWith("REPOSITORY"));
    boolean containers = arg instanceof PositionalParamSpec && label.equals("CONTAINER");
    if (label.equals("NAME|ID") || images) {
      images().forEach(r -> candidates.add(new Candidate(r, r, "images", null, null, null, true)));
    }
    if (label.equals("NAME|ID") || containers) {
      containers().forEach(n -> candidates.add(new Candidate(n, n, "containers", null, null, null, true)));
    }
    if (label.equals("COMMAND") && filesByDefault) {
      shell.subcommands().keySet().forEach(c -> candidates.add(new Candidate(c)));
    } else if (label.equals("FILE") || label.startsWith("SOURCE:") || (filesByDefault && candidates.isEmpty())) {
      files.complete(reader, line, candidates);
    }
  }

  private List<String> images() {
    try {
      return engine.get().imageReferences();
    } catch (LabException e) {
      return List.of();
    }
  }

  private List<String> containers() {
    try {
      List<String> names = new ArrayList<>();
      for (ContainerSummary c : engine.get().containers(true)) {
        names.add(c.name());
      }
      return names;
    } catch (LabException e) {
      return List.of();
    }
  }

  private static String first(String[] description) {
    return description.length == 0 ? null : description[0];
  }
}
