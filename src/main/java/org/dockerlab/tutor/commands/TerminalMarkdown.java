package org.dockerlab.tutor.commands;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Renders a lesson's Markdown for the terminal: headings, emphasis, inline code and highlighted code
 * blocks, lists and quotes, wrapped to the terminal's width. Without colours it stays readable text.
 */
public final class TerminalMarkdown {
  private static final Parser PARSER = Parser.builder().build();
  private final boolean colour;
  private final int width;

  public TerminalMarkdown(boolean colour, int width) {
    this.colour = colour;
    this.width = Math.max(40, Math.min(width, 100));
  }

  public String render(String markdown) {
    Renderer r = new Renderer();
    PARSER.parse(markdown == null ? "" : markdown).accept(r);
    return r.out.toString().stripTrailing() + "\n";
  }

  private String style(String code, String text) {
    return colour ? "\033[" + code + "m" + text + "\033[0m" : text;
  }

  /** Walks the tree, collecting inline text per block and wrapping it. */
  private final class Renderer extends AbstractVisitor {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private String indent = "";
    private String firstIndent = null;

    @Override
    public void visit(Heading heading) {
      String text = plain(heading);
      out.append(style("1;4", text)).append("\n\n");
    }

    @Override
    public void visit(Paragraph paragraph) {
      visitChildren(paragraph);
      flush();
      if (!(paragraph.getParent() instanceof ListItem)) {
        out.append("\n");
      }
    }

    @Override
    public void visit(Text text) {
      line.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      line.append(style("36", code.getLiteral()));
    }

    @Override
    public void visit(Emphasis emphasis) {
      line.append(style("3", plain(emphasis)));
    }

    @Override
    public void visit(StrongEmphasis strong) {
      line.append(style("1", plain(strong)));
    }

    @Override
    public void visit(Link link) {
      String text = plain(link);
      line.append(style("4", text));
      if (!text.equals(link.getDestination())) {
        line.append(" (").append(link.getDestination()).append(")");
      }
    }

    @Override
    public void visit(SoftLineBreak br) {
      line.append(' ');
    }

    @Override
    public void visit(HardLineBreak br) {
      flush();
    }

    @Override
    public void visit(FencedCodeBlock block) {
      code(block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
      code(block.getLiteral());
    }

    @Override
    public void visit(BulletList list) {
      items(list, false);
    }

    @Override
    public void visit(OrderedList list) {
      items(list, true);
    }

    @Override
    public void visit(BlockQuote quote) {
      String saved = indent;
      indent = indent + "│ ";
      visitChildren(quote);
      indent = saved;
    }

    private void items(Node list, boolean ordered) {
      int n = 1;
      String saved = indent;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        String marker = ordered ? (n++) + ". " : "• ";
        firstIndent = saved + marker;
        indent = saved + " ".repeat(marker.length());
        visitChildren(item);
        flush();
        firstIndent = null;
      }
      indent = saved;
      out.append("\n");
    }

    private void code(String literal) {
      flush();
      for (String l : literal.stripTrailing().split("\n", -1)) {
        out.append(indent).append("    ").append(style("33", l)).append("\n");
      }
      out.append("\n");
    }

    /** Wraps the collected inline text at the width, by visible characters. */
    private void flush() {
      if (line.length() == 0) {
        return;
      }
      String prefix = firstIndent != null ? firstIndent : indent;
      firstIndent = null;
      int visible = 0;
      StringBuilder current = new StringBuilder(prefix);
      visible += prefix.length();
      for (String word : line.toString().split(" ")) {
        int len = word.replaceAll("\033\\[[0-9;]*m", "").length();
        if (visible + len + 1 > width && visible > prefix.length()) {
          out.append(current.toString().stripTrailing()).append("\n");
          current = new StringBuilder(indent);
          visible = indent.length();
        }
        current.append(word).append(' ');
        visible += len + 1;
      }
      out.append(current.toString().stripTrailing()).append("\n");
      line.setLength(0);
    }

    private String plain(Node node) {
      StringBuilder sb = new StringBuilder();
      node.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Text text) {
              sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
              sb.append(code.getLiteral());
            }
          });
      return sb.toString();
    }
  }
}
