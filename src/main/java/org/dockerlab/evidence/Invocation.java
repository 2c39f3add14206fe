package org.dockerlab.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One command of a pipeline as the shell ran it, secrets masked. A docker command is recorded as parsed:
 * its subcommand with aliases resolved ({@code docker image save} is {@code save}), its options by their
 * long name whatever form was typed ({@code -o x}, {@code --output x} and {@code --output=x} are one
 * option), and its operands; any other program keeps its words as they were after expansion.
 *
 * @param program the command's name without a directory ({@code docker}, {@code ls}, {@code curl})
 * @param args the words after the program
 * @param subcommand a docker subcommand ({@code save}), or null
 * @param options a docker command's options by long name, each with the values given; empty for others
 * @param operands a docker command's positional words; the words themselves for any other program
 */
public record Invocation(String program, List<String> args, String subcommand, Map<String, List<String>> options, List<String> operands) {
  public Invocation {
    args = args == null ? List.of() : List.copyOf(args);
    options = options == null ? Map.of() : Map.copyOf(options);
    operands = operands == null ? List.of() : List.copyOf(operands);
  }

  /** Any program but docker: its words are its operands. */
  public static Invocation plain(String program, List<String> args) {
    return new Invocation(program, args, null, Map.of(), args);
  }

  /** {@code docker save}, or {@code ls}: what a lesson's {@code command:} names. */
  public String command() {
    return subcommand == null ? program : program + " " + subcommand;
  }

  public boolean hasOption(String longName) {
    return options.containsKey(longName);
  }

  /** Every word that may name a file: option values and operands (a docker command), or all its words. */
  public List<String> words() {
    if (subcommand == null) {
      return args;
    }
    List<String> words = new ArrayList<>(operands);
    options.values().forEach(words::addAll);
    return words;
  }
}
