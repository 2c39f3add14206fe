package org.dockerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexerTest {
  private static List<String> texts(String line) {
    return Lexer.lex(line, Map.of("A", "x y", "B", "b", "E", ""), Path.of("/h")).stream()
        .map(Token::text).toList();
  }

  @Test
  void singleQuotes_areLiteral() {
    assertThat(texts("echo '$B \\n \"'")).containsExactly("echo", "$B \\n \"");
  }

  @Test
  void doubleQuotes_expandAndHonourEscapes() {
    assertThat(texts("echo \"$B ${B} \\\" \\\\ \\$B \\x\"")).containsExactly("echo", "b b \" \\ $B \\x");
  }

  @Test
  void backslashOutsideQuotes_escapesOneCharacter() {
    assertThat(texts("a\\ b \\> c\\\\")).containsExactly("a b", ">", "c\\");
  }

  @Test
  void adjacentPieces_joinIntoOneWord() {
    assertThat(texts("pre'fix'\"$B\"post")).containsExactly("prefixbpost");
  }

  @Test
  void tilde_expandsOnlyAtWordStart() {
    assertThat(texts("~ ~/x a~ '~' ~user")).containsExactly("/h", "/h/x", "a~", "~", "~user");
  }

  @Test
  void defaults_expandWhenUnsetOrEmpty() {
    assertThat(texts("${NOPE:-d} ${E:-d} ${E-d} ${B:-d}")).containsExactly("d", "d", "b");
  }

  @Test
  void unsupportedExpansion_isKeptAndFlagged() {
    Token t = Lexer.lex("${B%x}", Map.of(), null).get(0);
    assertThat(t.problem()).contains("${B%x}");
  }

  @Test
  void operators_areRecognisedGluedToWords() {
    List<Token> tokens = Lexer.lex("a>b>>c<d|e&&f||g;h 2>i 2>&1 2>>j 1>k", Map.of(), null);
    assertThat(tokens.stream().filter(t -> !t.isWord()).map(Token::op)).containsExactly(
        Op.OUT, Op.APPEND, Op.IN, Op.PIPE, Op.AND, Op.OR, Op.SEMI, Op.ERR_OUT, Op.ERR_TO_OUT, Op.ERR_APPEND, Op.OUT);
  }

  @Test
  void digitsInsideWord_areNotADescriptor() {
    assertThat(texts("a2>x")).containsExactly("a2", ">", "x");
  }

  @Test
  void quotedOperators_areWords() {
    assertThat(Lexer.lex("echo '|' \">\" \\&", Map.of(), null)).allMatch(Token::isWord);
  }

  @Test
  void offsets_pointIntoTheLine() {
    Token t = Lexer.lex("echo  'a b'", Map.of(), null).get(1);
    assertThat(t.start()).isEqualTo(6);
    assertThat(t.end()).isEqualTo(11);
  }

  @Test
  void unclosedQuote_throwsWithOpeningColumn() {
    assertThatThrownBy(() -> Lexer.lex("ab 'cd", Map.of(), null))
        .isInstanceOf(Refusal.class).hasMessage("unclosed single quote");
    assertThat(((Refusal) catchRefusal("ab 'cd")).toPlan().column()).isEqualTo(4);
  }

  @Test
  void tolerantLexing_runsAnUnclosedQuoteToTheEnd() {
    Lexer.Lexed lexed = Lexer.lexTolerant("docker login -p \"abc def");
    assertThat(lexed.unbalanced()).isTrue();
    assertThat(lexed.tokens()).hasSize(4);
    assertThat(lexed.tokens().get(3).end()).isEqualTo(24);
  }

  private static RuntimeException catchRefusal(String line) {
    try {
      Lexer.lex(line, Map.of(), null);
      return null;
    } catch (Refusal r) {
      return r;
    }
  }
}
