package org.dockerlab.docker;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import org.dockerlab.errors.LabException;

/** htpasswd lines with bcrypt hashes, the only kind the registry's htpasswd auth accepts. */
public final class Htpasswd {
  private static final int COST = 10;

  private Htpasswd() {}

  /** {@code user:$2y$10$...}, as {@code htpasswd -Bbn user password} prints it. */
  public static String line(String user, char[] password) {
    if (user == null || user.isEmpty() || user.contains(":")) {
      throw LabException.badInput("a user name is needed, without ':'");
    }
    byte[] hash = BCrypt.with(BCrypt.Version.VERSION_2Y).hash(COST, toBytes(password));
    return user + ":" + new String(hash, StandardCharsets.US_ASCII);
  }

  /** True when the password matches the line's hash. */
  public static boolean verify(String line, char[] password) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      return false;
    }
    return BCrypt.verifyer().verify(toBytes(password), line.substring(colon + 1).trim().getBytes(StandardCharsets.US_ASCII)).verified;
  }

  private static byte[] toBytes(char[] password) {
    return new String(password).getBytes(StandardCharsets.UTF_8);
  }
}
