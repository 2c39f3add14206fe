package org.dockerlab.shell;

/** How a step leads to the next one: {@code &&}, {@code ||} or {@code ;}. */
public enum Connector {
  AND,
  OR,
  ALWAYS
}
