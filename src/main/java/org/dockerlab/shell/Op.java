package org.dockerlab.shell;

/** The shell operators the lexer recognises outside quotes. */
enum Op {
  PIPE("|"),
  AND("&&"),
  OR("||"),
  SEMI(";"),
  AMP("&"),
  OUT(">"),
  APPEND(">>"),
  IN("<"),
  ERR_OUT("2>"),
  ERR_APPEND("2>>"),
  ERR_TO_OUT("2>&1"),
  /** Redirections the lab only passes to the system shell: here-documents, other descriptors, {@code >&}. */
  OTHER_REDIRECT("redirect"),
  OPEN_PAREN("("),
  CLOSE_PAREN(")");

  private final String symbol;

  Op(String symbol) {
    this.symbol = symbol;
  }

  String symbol() {
    return symbol;
  }

  boolean isRedirect() {
    return switch (this) {
      case OUT, APPEND, IN, ERR_OUT, ERR_APPEND, ERR_TO_OUT, OTHER_REDIRECT -> true;
      default -> false;
    };
  }

  /** Whether a file name (or here-document word) follows this redirection. */
  boolean takesTarget() {
    return isRedirect() && this != ERR_TO_OUT;
  }

  boolean isConnector() {
    return this == AND || this == OR || this == SEMI;
  }
}
