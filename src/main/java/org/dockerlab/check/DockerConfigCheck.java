package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.dockerlab.docker.Credentials;
import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.docker.config.RegistryAddress;
import org.dockerlab.errors.LabException;
import org.dockerlab.host.LocalHosts;

/**
 * {@code type: docker-config}: the shell's config.json has (or has not) a login for a registry. Never shows
 * the secret.
 *
 * <pre>
 * - type: docker-config
 *   host: localhost:5000     # the auths key; docker.io means https://index.docker.io/v1/
 *   present: true            # default true
 *   verify: true             # optional: the registry accepts the stored login (local registries only)
 *   mode: rw-------          # optional: config.json's mode
 * </pre>
 */
public record DockerConfigCheck(
    @JsonProperty(value = "host", required = true) String host,
    @JsonProperty("present") Boolean present,
    @JsonProperty("verify") Boolean verify,
    @JsonProperty("mode") String mode) implements Check {

  public DockerConfigCheck {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host: the registry whose login is checked is required, e.g. localhost:5000");
    }
    host = RegistryAddress.authKey(host);
    present = present == null || present;
    verify = verify != null && verify;
    if (verify && !present) {
      throw new IllegalArgumentException("verify: only makes sense with present: true");
    }
    if (verify && !LocalHosts.isLocalAddress(host)) {
      throw new IllegalArgumentException("verify: only localhost addresses are allowed in lessons, not " + host);
    }
    FileModes.requireMode("mode", mode);
  }

  @Override
  public String describe() {
    return present
        ? "you are logged in to " + host + (verify ? " with a password it accepts" : "")
        : "you are logged out of " + host;
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    Path file = ctx.dockerConfig().resolve(DockerConfigFile.FILE_NAME);
    boolean has;
    Optional<Credentials> credentials;
    try {
      DockerConfigFile config = DockerConfigFile.load(ctx.dockerConfig());
      has = config.hasEntry(host);
      credentials = has ? config.auth(host) : Optional.empty();
    } catch (LabException e) {
      return CheckResult.failed(e.getMessage(), "a readable config.json", "a config.json that cannot be used");
    }
    if (!present) {
      return has
          ? CheckResult.failed(file + " still has a login for " + host + ": docker logout " + host, "no login for " + host, "a login for " + host)
          : CheckResult.passed("no login for " + host + " in " + file, Map.of());
    }
    if (!has) {
      return CheckResult.failed("there is no login for " + host + " in " + file + ": docker login " + host, "a login for " + host, "none");
    }
    if (mode != null) {
      try {
        String actual = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        if (!actual.equals(mode)) {
          return CheckResult.failed(file + " has mode " + actual + ", not " + mode + ": chmod it, or log in again to rewrite it", mode, actual);
        }
      } catch (IOException | UnsupportedOperationException e) {
        return CheckResult.error("cannot read the mode of " + file + ": " + e.getMessage());
      }
    }
    String user = credentials.map(Credentials::username).orElse("");
    credentials.ifPresent(Credentials::wipe);
    if (verify) {
      Optional<CheckResult> rejected = verify(ctx, credentials.isPresent());
      if (rejected.isPresent()) {
        return rejected.get();
      }
    }
    String as = user.isEmpty() ? "" : " as " + user;
    return CheckResult.passed("logged in to " + host + as, user.isEmpty() ? Map.of() : Map.of("user", user));
  }

  private Optional<CheckResult> verify(CheckContext ctx, boolean inline) {
    if (!inline) {
      return Optional.of(
          CheckResult.failed(
              "the login for " + host + " is kept by a credential helper, so the lab cannot check it: log in from the lab shell: docker login " + host,
              "a password in config.json",
              "a credential helper"));
    }
    try {
      LocalHttp.Reply reply = LocalHttp.get(URI.create("http://" + host + "/v2/"), null, ctx.dockerConfig(), host);
      if (reply.status() == 401) {
        return Optional.of(CheckResult.failed(host + " refuses the password stored for " + reply.user() + ": log in again: docker login " + host, "accepted", "refused"));
      }
      if (reply.status() != 200) {
        return Optional.of(CheckResult.failed(host + " answered " + reply.status() + " to /v2/: is it a registry?", "200", Integer.toString(reply.status())));
      }
      return Optional.empty();
    } catch (LocalHttp.NoAnswer e) {
      return Optional.of(
          CheckResult.failed("nothing answers on " + host + " (" + e.getMessage() + "): is the registry container running? docker ps", "a registry on " + host, e.getMessage()));
    } catch (LocalHttp.BadConfig e) {
      return Optional.of(CheckResult.failed(e.getMessage(), "a readable config.json", "a config.json that cannot be used"));
    }
  }
}
