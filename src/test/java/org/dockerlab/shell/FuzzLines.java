package org.dockerlab.shell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Seeded random shell lines from a grammar of words, quotes, operators, control characters and unicode. */
final class FuzzLines {
  static final List<String> PIECES = List.of(
      "docker", "sudo", "save", "load", "login", "busybox", "gzip", "gunzip", "-c", "zcat", "cat", "-p", "-u",
      "htpasswd", "-Bbn", "curl", "cd", "history", "x.tar", "~", "~/", "$HOME", "${HOME}", "${X:-d}", "${#X}",
      "$(", ")", "(", "`", "'", "\"", "\\", "#", "$", "|", ">", ">>", "<", "2>", "2>&1", "&&", "||", ";", "&",
      "<<<", "<<", ">&", "<user>", "-", "--password=", "http://u:p@h/", "PASSWORD=", "=", ":", "@", "for", "do",
      "done", "\u0000", "\u0001", "\u001b[31m", "\n", "\t", "\r", "\u007f", "é", "日本", "🐳", "\uD800", "\u202E",
      "{", "}", "*", "?", "[", "!");

  /** Bytes that are not UTF-8: a lone continuation, a cut sequence, an encoded surrogate, an overlong slash. */
  private static final List<byte[]> BROKEN_UTF8 = List.of(
      new byte[] {(byte) 0xff}, new byte[] {(byte) 0xfe, (byte) 0xff}, new byte[] {(byte) 0x80},
      new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xe6, (byte) 0x97}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      new byte[] {(byte) 0xc0, (byte) 0xaf});

  private final Random random;
  private final List<String> pieces;

  FuzzLines(long seed) {
    this(seed, PIECES);
  }

  FuzzLines(long seed, List<String> pieces) {
    this.random = new Random(seed);
    this.pieces = pieces;
  }

  Random random() {
    return random;
  }

  String line() {
    StringBuilder line = new StringBuilder();
    int count = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        line.append(pieces.get(random.nextInt(pieces.size())));
      } else if (kind < 8) {
        line.append(word(1 + random.nextInt(8)));
      } else if (kind == 8) {
        line.append((char) random.nextInt(0x3000));
      } else {
        line.append(random.nextInt(50) == 0 ? word(20_000) : word(200));
      }
      if (random.nextInt(3) > 0) {
        line.append(' ');
      }
    }
    return line.toString();
  }

  /** A line as bytes a terminal or a file could send: UTF-8 with, now and then, bytes that are not. */
  byte[] lineBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String text = line();
    int cut = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    bytes.writeBytes(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
    if (random.nextInt(3) == 0) {
      bytes.writeBytes(BROKEN_UTF8.get(random.nextInt(BROKEN_UTF8.size())));
    }
    bytes.writeBytes(text.substring(cut).getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  String word(int length) {
    StringBuilder w = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      w.append((char) ('a' + random.nextInt(26)));
    }
    return w.toString();
  }
}
