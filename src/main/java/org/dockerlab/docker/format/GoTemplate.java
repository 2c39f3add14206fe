package org.dockerlab.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dockerlab.docker.format.TemplateNodes.Action;
import org.dockerlab.docker.format.TemplateNodes.Field;
import org.dockerlab.docker.format.TemplateNodes.Function;
import org.dockerlab.docker.format.TemplateNodes.If;
import org.dockerlab.docker.format.TemplateNodes.Literal;
import org.dockerlab.docker.format.TemplateNodes.Nested;
import org.dockerlab.docker.format.TemplateNodes.Node;
import org.dockerlab.docker.format.TemplateNodes.Operand;
import org.dockerlab.docker.format.TemplateNodes.Pipeline;
import org.dockerlab.docker.format.TemplateNodes.Range;
import org.dockerlab.docker.format.TemplateNodes.Text;
import org.dockerlab.docker.format.TemplateNodes.Variable;
import org.dockerlab.docker.format.TemplateNodes.With;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * Go's text/template as the docker CLI runs {@code --format}, over the engine's JSON (or a list row's
 * fields): fields and variables, {@code if}/{@code else if}/{@code else}, {@code range} (with
 * {@code $i, $v :=}), {@code with}, pipes, and the functions docker adds ({@code json}, {@code join},
 * {@code split}, {@code lower}, {@code upper}, {@code title}, {@code pad}, {@code truncate}) besides Go's
 * ({@code index}, {@code len}, {@code printf}, {@code print}, {@code println}, {@code eq}, {@code ne},
 * {@code lt}, {@code le}, {@code gt}, {@code ge}, {@code and}, {@code or}, {@code not}). Values print as
 * Go prints them ({@code [a b]}, {@code map[k:v]}); a field the object lacks is an error, as in the CLI.
 */
public final class GoTemplate {
  private final List<Node> nodes;
  private final boolean rowContext;

  /** Parses the template; one the lab cannot run is refused here, before the engine is asked anything. */
  public GoTemplate(String template) {
    this(template, false);
  }

  /**
   * @param rowContext the value is a list row ({@code images}, {@code ps}): as in the CLI, {@code {{json .}}}
   *     of a whole row escapes {@code < > &}
   */
  GoTemplate(String template, boolean rowContext) {
    this.nodes = TemplateParser.parse(template, TemplateFunctions.NAMES);
    this.rowContext = rowContext;
  }

  public String render(JsonNode root) {
    StringBuilder out = new StringBuilder();
    new Run(root, false).nodes(nodes, root, out);
    return out.toString();
  }

  /** The template run over the columns' headers ({@code table}): a field without a header is empty. */
  public String renderHeader(JsonNode headers) {
    StringBuilder out = new StringBuilder();
    new Run(headers, true).nodes(nodes, headers, out);
    return out.toString();
  }

  /** One execution: the root, the variables in scope. */
  private final class Run {
    private final JsonNode root;
    private final boolean header;
    private final Deque<Map<String, JsonNode>> scopes = new ArrayDeque<>();

    Run(JsonNode root, boolean header) {
      this.root = root;
      this.header = header;
      scopes.push(new HashMap<>(Map.of("$", root)));
    }

    void nodes(List<Node> list, JsonNode dot, StringBuilder out) {
      for (Node n : list) {
        node(n, dot, out);
      }
    }

    private void node(Node n, JsonNode dot, StringBuilder out) {
      if (n instanceof Text t) {
        out.append(t.text());
      } else if (n instanceof Action a) {
        JsonNode value = pipeline(a.pipeline(), dot);
        if (a.pipeline().variables().isEmpty()) {
          out.append(TemplateFunctions.print(value));
        }
      } else if (n instanceof If i) {
        scoped(() -> nodes(TemplateFunctions.truth(pipeline(i.condition(), dot)) ? i.then() : i.otherwise(), dot, out));
      } else if (n instanceof With w) {
        scoped(() -> {
          JsonNode value = pipeline(w.value(), dot);
          if (TemplateFunctions.truth(value)) {
            nodes(w.body(), value, out);
          } else {
            nodes(w.otherwise(), dot, out);
          }
        });
      } else if (n instanceof Range r) {
        scoped(() -> range(r, dot, out));
      }
    }

    private void range(Range r, JsonNode dot, StringBuilder out) {
      List<String> vars = r.over().variables();
      Pipeline over = new Pipeline(List.of(), r.over().commands(), r.over().text());
      JsonNode value = pipeline(over, dot);
      if (header) {
        return;
      }
      if (value.isObject() && !value.isEmpty()) {
        // Go ranges over a map in the order of its sorted keys
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        value.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((k, v) -> iteration(r, vars, TextNode.valueOf(k), v, out));
      } else if (value.isArray() && !value.isEmpty()) {
        for (int i = 0; i < value.size(); i++) {
          iteration(r, vars, JsonNodeFactory.instance.numberNode(i), value.get(i), out);
        }
      } else if (value.isNull() || value.isMissingNode() || value.isContainerNode()) {
        nodes(r.otherwise(), dot, out);
      } else {
        throw failed(r.over().text(), "range can't iterate over " + TemplateFunctions.print(value));
      }
    }

    private void iteration(Range r, List<String> vars, JsonNode key, JsonNode element, StringBuilder out) {
      if (vars.size() == 1) {
        scopes.peek().put(vars.get(0), element);
      } else if (vars.size() == 2) {
        scopes.peek().put(vars.get(0), key);
        scopes.peek().put(vars.get(1), element);
      }
      nodes(r.body(), element, out);
    }

    private void scoped(Runnable body) {
      scopes.push(new HashMap<>());
      try {
        body.run();
      } finally {
        scopes.pop();
      }
    }

    private JsonNode pipeline(Pipeline p, JsonNode dot) {
      JsonNode value = null;
      for (List<Operand> command : p.commands()) {
        value = command(p, command, dot, value);
      }
      if (p.variables().size() == 1) {
        String name = p.variables().get(0);
        scopes.peek().put(name, value);
      } else if (p.variables().size() > 1) {
        throw failed(p.text(), "too many declarations");
      }
      return value;
    }

    private JsonNode command(Pipeline p, List<Operand> command, JsonNode dot, JsonNode piped) {
      Operand first = command.get(0);
      if (first instanceof Function f) {
        List<JsonNode> args = new ArrayList<>();
        for (Operand o : command.subList(1, command.size())) {
          args.add(operand(p, o, dot));
        }
        if (piped != null) {
          args.add(piped);
        }
        return TemplateFunctions.call(f.name(), args, rowContext && args.size() == 1 && args.get(0) == root, p.text());
      }
      if (command.size() > 1 || piped != null) {
        throw failed(p.text(), "can't give argument to non-function " + text(first));
      }
      return operand(p, first, dot);
    }

    private JsonNode operand(Pipeline p, Operand o, JsonNode dot) {
      if (o instanceof Field f) {
        return walk(dot, f.path(), f.text());
      } else if (o instanceof Variable v) {
        return walk(variable(v), v.path(), v.text());
      } else if (o instanceof Literal l) {
        return l.value();
      } else if (o instanceof Nested n) {
        return walk(pipeline(n.pipeline(), dot), n.path(), n.text());
      }
      return TemplateFunctions.call(((Function) o).name(), List.of(), false, p.text());
    }

    private JsonNode variable(Variable v) {
      for (Map<String, JsonNode> scope : scopes) {
        if (scope.containsKey(v.name())) {
          return scope.get(v.name());
        }
      }
      throw LabException.badInput("template parsing error: template: :1: undefined variable \"" + v.name() + "\"");
    }

    // like the CLI, a field the object does not have is an error, not an empty value
    private JsonNode walk(JsonNode start, List<String> path, String text) {
      JsonNode node = start;
      String walked = "";
      for (String field : path) {
        walked += "." + field;
        if (header) {
          node = node != null && node.isObject() && node.has(field) ? node.get(field) : TextNode.valueOf("");
          continue;
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
          throw failed(text, "nil pointer evaluating interface {}." + field);
        }
        if (!node.isObject()) {
          throw failed(text, "can't evaluate field " + field + " in type " + TemplateFunctions.goType(node));
        }
        if (!node.has(field)) {
          throw failed(text, "map has no entry for key \"" + field + "\"");
        }
        node = node.get(field);
      }
      return node == null ? MissingNode.getInstance() : node;
    }
  }

  private static String text(Operand o) {
    if (o instanceof Field f) {
      return f.text();
    } else if (o instanceof Variable v) {
      return v.text();
    } else if (o instanceof Nested n) {
      return n.text();
    } else if (o instanceof Literal l) {
      return l.value().toString();
    }
    return ((Function) o).name();
  }

  static LabException failed(String at, String message) {
    return new LabException(ExitCode.FAILED, "template: executing at <" + at + ">: " + message);
  }

  /** A value as Go's text/template prints a decoded JSON value. */
  static String print(JsonNode value) {
    return TemplateFunctions.print(value);
  }
}
