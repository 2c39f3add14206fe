package org.dockerlab.shell;

import java.util.ArrayList;
import java.util.List;

/** Splits tokens into steps at {@code && || ;} and steps into pipeline segments at {@code |}. */
final class Splitter {
  private Splitter() {}

  /** Steps of the line; {@code connectors} receives one connector per step (ALWAYS for the last). */
  static List<List<Token>> steps(List<Token> tokens, List<Connector> connectors) {
    List<List<Token>> steps = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    Token lastConnector = null;
    int depth = 0;
    for (Token t : tokens) {
      depth = nesting(t, depth);
      if (depth == 0 && t.op() != null && t.op().isConnector()) {
        if (current.isEmpty()) {
          if (t.text().equals("\n")) {
            continue; // blank lines of a paste, or a newline after && or |
          }
          throw new Refusal("syntax error near " + t.text() + ": a command must come before it", t.start());
        }
        steps.add(current);
        connectors.add(connector(t.op()));
        current = new ArrayList<>();
        lastConnector = t;
      } else {
        current.add(t);
      }
    }
    if (depth > 0) {
      throw new Refusal("unclosed (: add the matching )");
    }
    if (!current.isEmpty()) {
      steps.add(current);
      connectors.add(Connector.ALWAYS);
    } else if (lastConnector != null && !lastConnector.is(Op.SEMI)) {
      throw new Refusal("the line ends with " + lastConnector.text() + ": add the command to run after it",
          lastConnector.start());
    } else if (!connectors.isEmpty()) {
      connectors.set(connectors.size() - 1, Connector.ALWAYS);
    }
    if (steps.isEmpty()) {
      throw new Refusal("nothing to run");
    }
    return steps;
  }

  /** Segments of one step's pipeline. */
  static List<List<Token>> segments(List<Token> step) {
    List<List<Token>> segments = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (Token t : step) {
      depth = nesting(t, depth);
      if (depth == 0 && t.is(Op.PIPE)) {
        if (current.isEmpty()) {
          throw new Refusal("syntax error near |: a command must come before it", t.start());
        }
        segments.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (current.isEmpty()) {
      Token pipe = step.get(step.size() - 1);
      throw new Refusal("the line ends with |: add the command that reads from it", pipe.start());
    }
    segments.add(current);
    return segments;
  }

  private static int nesting(Token t, int depth) {
    if (t.is(Op.OPEN_PAREN)) {
      return depth + 1;
    }
    if (t.is(Op.CLOSE_PAREN)) {
      if (depth == 0) {
        throw new Refusal("syntax error near ): no ( opens it", t.start());
      }
      return depth - 1;
    }
    return depth;
  }

  private static Connector connector(Op op) {
    return switch (op) {
      case AND -> Connector.AND;
      case OR -> Connector.OR;
      default -> Connector.ALWAYS;
    };
  }
}
