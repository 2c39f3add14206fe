package org.dockerlab.tutor.commands;

import java.util.List;

/** A guide that takes answers: the lessons (the current step's question) and an exam (any of its questions). */
interface Answering {
  /** Notes an answer: {@code ID TEXT}, or the text alone when there is one question; throws a one-line LabException otherwise. */
  void answer(List<String> words);
}
