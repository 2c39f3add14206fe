package org.dockerlab.shell;

/**
 * One pipeline of a sequence.
 *
 * @param next how the following step depends on this one; {@link Connector#ALWAYS} for the last step
 */
public record Step(Pipeline pipeline, Connector next) {}
