package org.dockerlab.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code dockerlab completion bash|zsh}: the completion script, made from the same command model as the
 * one the build installs. Does not contact the engine.
 */
@Command(
    name = "completion",
    description = {
      "Print the shell completion script for bash or zsh.",
      "bash: source <(dockerlab completion bash), or save it as ~/.local/share/bash-completion/completions/dockerlab.",
      "zsh: save it as _dockerlab in a directory of $fpath, or source <(dockerlab completion zsh) after compinit."
    })
final class CompletionCommand extends CliCommand {
  /** The shells a script is made for. */
  enum Shell {
    BASH,
    ZSH
  }


  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    out().print(script(shell, root));
    out().flush();
    return 0;
  }

  /** The script for {@code shell}, from the model of {@code root}. */
  static String script(Shell shell, CommandLine root) {
    String bash = AutoComplete.bash(root.getCommandName(), root);
    if (shell == Shell.BASH) {
      return bash;
    }
    // zsh runs picocli's bash script through bashcompinit. Autoloaded from $fpath as _dockerlab, the file
    // is the completion function's body: define everything, then complete the word at hand.
    return "#compdef " + root.getCommandName() + "\n"
        + "autoload -U +X bashcompinit && bashcompinit\n"
        + bash
        + "\nif [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then\n"
        + "  _bash_complete -F _complete_" + root.getCommandName() + "\n"
        + "fi\n";
  }
}
