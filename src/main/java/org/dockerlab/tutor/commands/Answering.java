package org.dockerlab.tutor.commands;

import java.io.PrintWriter;
import java.util.List;

/** A guide that takes answers: the lessons (the current step's question) and an exam (any of its questions). */
interface Answering {
  /**
   * Takes an answer, {@code ID TEXT} or the text alone when there is one question, and says what came of
   * it (a lesson judges it at once, an exam at the end); throws a one-line LabException for a bad one.
   */
  void answer(List<String> words, PrintWriter out);
}
