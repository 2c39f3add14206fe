package org.dockerlab.check;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The checks' JSON reader, made at its first use: a mapper costs 0.08 s cold, and a check record's class is
 * loaded with every lesson (a recorded grade, the shell's start) though few checks ever read JSON.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}
}
