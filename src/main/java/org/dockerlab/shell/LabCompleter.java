package org.dockerlab.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.dockerlab.docker.ContainerSummary;
import org.dockerlab.docker.DockerGateway;
import org.dockerlab.errors.LabException;
import org.jline.builtins.Completers.FileNameCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tab completion: shell commands, docker subcommands and their flags, local image references,
 * container names, and file names relative to the shell's directory.
 */
public final class LabCompleter implements Completer {
  private static final Set<String> IMAGE_ARGS = Set.of("save", "tag", "rmi", "push", "pull", "run", "inspect", "history");
  private static final Set<String> CONTAINER_ARGS = Set.of("start", "stop", "rm", "logs", "exec", "inspect", "restart");
  private static final Set<String> FILE_FLAGS = Set.of("-o", "--output", "-i", "--input", "-v", "--volume");
  private static final List<String> SYSTEM_COMMANDS = List.of("ls", "cat", "curl", "gzip", "gunzip", "tar", "echo", "base64", "mkdir", "rm");

  private final CommandSpec docker;
  private final Set<String> shellCommands;
  private final Supplier<DockerGateway> engine;
  private final FileNameCompleter files;
  private final Supplier<List<String>> lessonIds;

  /**
   * @param docker the picocli model of {@code docker} (for subcommands and flags)
   * @param shellCommands the builtins and lesson commands
   * @param cwd the shell's current directory, read at each completion
   */
  public LabCompleter(
      CommandLine docker, Set<String> shellCommands, Supplier<DockerGateway> engine, Supplier<Path> cwd, Supplier<List<String>> lessonIds) {
    this.lessonIds = lessonIds;
    this.docker = docker.getCommandSpec();
    this.shellCommands = new TreeSet<>(shellCommands);
    this.engine = engine;
    this.files =
        new FileNameCompleter() {
          @Override
          protected Path getUserDir() {
            return cwd.get();
          }
        };
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    int index = line.wordIndex();
    if (index == 0) {
      candidates.add(new Candidate("docker"));
      shellCommands.forEach(c -> candidates.add(new Candidate(c)));
      SYSTEM_COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
      return;
    }
    String previous = words.get(index - 1);
    if (previous.equals(">") || previous.equals("<") || previous.equals(">>") || FILE_FLAGS.contains(previous)) {
      files.complete(reader, line, candidates);
      return;
    }
    if (words.get(0).equals("start") && index == 1) {
      lessonIds.get().forEach(id -> candidates.add(new Candidate(id)));
      return;
    }
    if (words.get(0).equals("reset") && index == 1) {
      List.of("step", "lesson").forEach(w -> candidates.add(new Candidate(w)));
      return;
    }
    if (!words.get(0).equals("docker")) {
      files.complete(reader, line, candidates);
      return;
    }
    if (index == 1) {
      docker.subcommands().keySet().forEach(s -> candidates.add(new Candidate(s)));
      candidates.add(new Candidate("image"));
      candidates.add(new Candidate("container"));
      return;
    }
    String sub = words.get(1);
    CommandLine subcommand = docker.subcommands().get(sub);
    String current = line.word();
    if (subcommand != null && current.startsWith("-")) {
      for (OptionSpec option : subcommand.getCommandSpec().options()) {
        for (String name : option.names()) {
          candidates.add(new Candidate(name, name, null, first(option.description()), null, null, true));
        }
      }
      return;
    }
    if (IMAGE_ARGS.contains(sub)) {
      images().forEach(r -> candidates.add(new Candidate(r, r, "images", null, null, null, true)));
    }
    if (CONTAINER_ARGS.contains(sub)) {
      containers().forEach(n -> candidates.add(new Candidate(n, n, "containers", null, null, null, true)));
    }
    if (sub.equals("load") || sub.equals("save")) {
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
