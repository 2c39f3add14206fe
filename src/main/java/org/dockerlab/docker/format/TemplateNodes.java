package org.dockerlab.docker.format;

import java.util.List;

/** The parsed shape of a Go template: text, actions and the control structures people use in docker formats. */
final class TemplateNodes {
  private TemplateNodes() {}

  sealed interface Node permits Text, Action, If, Range, With {}

  record Text(String text) implements Node {}

  /** {@code {{pipeline}}}: prints the value, unless the pipeline only declares variables. */
  record Action(Pipeline pipeline) implements Node {}

  /** {@code if}, with {@code else if} chains as an If in {@code otherwise}. */
  record If(Pipeline condition, List<Node> then, List<Node> otherwise) implements Node {}

  record Range(Pipeline over, List<Node> body, List<Node> otherwise) implements Node {}

  record With(Pipeline value, List<Node> body, List<Node> otherwise) implements Node {}

  /**
   * Commands joined by {@code |}; each later command gets the earlier result as its last argument.
   *
   * @param variables the {@code $x} (or {@code $i, $v}) it declares with {@code :=} or assigns with {@code =}
   * @param text the pipeline as typed, for error messages
   */
  record Pipeline(List<String> variables, List<List<Operand>> commands, String text) {}

  sealed interface Operand permits Field, Variable, Function, Literal, Nested {}

  /** {@code .A.B}, or {@code .} itself (empty path). */
  record Field(List<String> path, String text) implements Operand {}

  /** {@code $}, {@code $x}, {@code $x.A.B}. */
  record Variable(String name, List<String> path, String text) implements Operand {}

  record Function(String name) implements Operand {}

  /** A string, number, boolean or nil, as a JSON value. */
  record Literal(com.fasterxml.jackson.databind.JsonNode value) implements Operand {}

  /** {@code (pipeline)}, optionally followed by fields: {@code (index .A 0).HostPort}. */
  record Nested(Pipeline pipeline, List<String> path, String text) implements Operand {}
}
