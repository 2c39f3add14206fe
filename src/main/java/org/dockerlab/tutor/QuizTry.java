package org.dockerlab.tutor;

import java.time.Instant;

/** One answer given to a quiz question in an attempt, right or not: reports count them. */
public record QuizTry(Instant at, String answer, boolean right) {}
