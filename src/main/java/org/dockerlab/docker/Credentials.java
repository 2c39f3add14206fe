package org.dockerlab.docker;

import java.util.Arrays;

/**
 * A user name and password from config.json. The password stays a {@code char[]} so that it can be wiped
 * with {@link #wipe()}, and {@link #toString()} never shows it.
 */
public record Credentials(String username, char[] password) {
  /** Overwrites the password in memory once it is no longer needed. */
  public void wipe() {
    Arrays.fill(password, '\0');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Credentials c && c.username.equals(username) && Arrays.equals(c.password, password);
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=<hidden>]";
  }
}
