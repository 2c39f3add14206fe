package org.dockerlab.shell;

/**
 * A line the shell ran, as it tells its {@link Guide}: what was typed, secrets masked, and how it ended.
 * A guide keeps these as its journal of what the learner did.
 *
 * @param masked the line with passwords and tokens replaced by {@link SecretMasker#MASK}
 * @param exitCode the status of the last pipeline that ran
 */
public record RanLine(String masked, int exitCode) {}
