package org.dockerlab.shell;

import java.util.List;
import java.util.Set;

/**
 * Recognises the gzip, gunzip, zcat and cat stages next to docker that the lab runs natively, so that
 * {@code docker save x | gzip > x.tar.gz} and {@code gunzip -c x.tar.gz | docker load} need no host tools.
 */
final class GzipStages {
  private static final Set<String> STDOUT = Set.of("-c", "--stdout", "--to-stdout");
  private static final Set<String> DECOMPRESS = Set.of("-d", "--decompress", "--uncompress");
  private static final Set<String> HARMLESS = Set.of("-f", "--force", "-q", "--quiet", "-n", "--no-name", "-k",
      "--keep");

  /** The flags of one gzip-family command, with its file operands. */
  private record Flags(boolean stdout, boolean decompress, int level, List<Token> operands) {}

  private GzipStages() {}

  /** {@code gzip [-c] [-1..-9|--best|--fast] > FILE} after docker: a native gzip file sink, else null. */
  static Sink compressor(Command c) {
    if (c.nameIndex() != 0 || !c.name().equals("gzip")) {
      return null;
    }
    Flags flags = flags(c);
    if (flags == null || flags.decompress() || !flags.operands().isEmpty()) {
      return null;
    }
    if (c.redirects().isEmpty()) {
      throw new Refusal("gzip here would write compressed bytes to the terminal; add > FILE.tar.gz",
          c.start());
    }
    if (c.redirects().size() > 1 || !(c.redirects().get(0).op().is(Op.OUT)
        || c.redirects().get(0).op().is(Op.APPEND))) {
      return null;
    }
    Command.Redirect out = c.redirects().get(0);
    Words.rejectProblems(c);
    return new Sink.File(Words.path(out.target()), out.op().is(Op.APPEND), true, flags.level());
  }

  /** {@code cat FILE}, {@code zcat FILE}, {@code gunzip -c FILE}, {@code gzip -dc FILE}, {@code gunzip < FILE}. */
  static Source reader(Command c) {
    String name = c.nameIndex() == 0 ? c.name() : "";
    if (!Set.of("cat", "zcat", "gunzip", "gzip").contains(name)) {
      return null;
    }
    Flags flags = name.equals("cat") ? catFlags(c) : flags(c);
    if (flags == null) {
      return null;
    }
    boolean gunzip = !name.equals("cat");
    if (name.equals("gzip") && !flags.decompress()) {
      return null;
    }
    List<Command.Redirect> redirects = c.redirects();
    boolean fromStdin = redirects.size() == 1 && redirects.get(0).op().is(Op.IN);
    if (fromStdin && flags.operands().isEmpty()) {
      Words.rejectProblems(c);
      return new Source.File(Words.path(redirects.get(0).target()), gunzip);
    }
    if (!redirects.isEmpty() || flags.operands().size() != 1 || flags.operands().get(0).text().equals("-")) {
      return null;
    }
    if (gunzip && !name.equals("zcat") && !flags.stdout()) {
      throw new Refusal(name + " without -c decompresses the file in place and sends nothing down the pipe;"
          + " use gunzip -c FILE | docker load", c.start());
    }
    Words.rejectProblems(c);
    return new Source.File(Words.path(flags.operands().get(0)), gunzip);
  }

  private static Flags catFlags(Command c) {
    List<Token> operands = c.words().subList(1, c.words().size());
    return operands.stream().anyMatch(w -> w.text().startsWith("-")) ? null : new Flags(true, false, -1, operands);
  }

  /** Parses gzip-style flags, or null for any flag the lab does not run natively. */
  private static Flags flags(Command c) {
    boolean stdout = false;
    boolean decompress = c.name().equals("gunzip") || c.name().equals("zcat");
    int level = -1;
    List<Token> words = c.words().subList(1, c.words().size());
    int firstOperand = 0;
    for (Token w : words) {
      String f = w.text();
      if (!f.startsWith("-") || f.equals("-")) {
        break;
      }
      firstOperand++;
      if (STDOUT.contains(f)) {
        stdout = true;
      } else if (DECOMPRESS.contains(f)) {
        decompress = true;
      } else if (f.equals("--best") || f.equals("--fast")) {
        level = f.equals("--best") ? 9 : 1;
      } else if (!HARMLESS.contains(f)) {
        if (f.startsWith("--") || !f.substring(1).chars().allMatch(ch -> "cdfnqk123456789".indexOf(ch) >= 0)) {
          return null;
        }
        for (char ch : f.substring(1).toCharArray()) {
          stdout |= ch == 'c';
          decompress |= ch == 'd';
          level = Character.isDigit(ch) ? ch - '0' : level;
        }
      }
    }
    List<Token> operands = words.subList(firstOperand, words.size());
    return operands.stream().anyMatch(w -> w.text().startsWith("-") && !w.text().equals("-"))
        ? null : new Flags(stdout, decompress, level, operands);
  }
}
