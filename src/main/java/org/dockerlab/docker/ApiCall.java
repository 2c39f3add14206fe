package org.dockerlab.docker;

/** One Engine API request, as {@code trace on} shows it. */
public record ApiCall(String method, String path, int status, long millis) {
  @Override
  public String toString() {
    return String.format("%-6s %-60s %3d %5d ms", method, path, status, millis);
  }
}
