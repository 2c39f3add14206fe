package org.dockerlab.shell;

/**
 * One lexed word or operator.
 *
 * @param op null for a word
 * @param text the word after quote removal and expansion, or the operator as typed
 * @param start offset of the first character in the line (inclusive)
 * @param end offset after the last character in the line (exclusive)
 * @param quoted whether any part of the word was quoted or escaped
 * @param problem why the word cannot be run natively (command substitution...), or null
 */
record Token(Op op, String text, int start, int end, boolean quoted, String problem) {
  static Token word(String text, int start, int end, boolean quoted, String problem) {
    return new Token(null, text, start, end, quoted, problem);
  }

  static Token operator(Op op, String text, int start, int end) {
    return new Token(op, text, start, end, false, null);
  }

  boolean isWord() {
    return op == null;
  }

  boolean is(Op other) {
    return op == other;
  }

  String raw(String line) {
    return line.substring(start, end);
  }
}
