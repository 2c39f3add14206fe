package org.dockerlab.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
 *   verify: true             # optional: the registry accepts the stored login: 401 without it, 200 with it (local registries only)
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

  /** The auths keys that name this registry: a local one also as 127.0.0.1 or localhost (the same registry). */
  private List<String> keys() {
    if (!LocalHosts.isLocalAddress(host)) {
      return List.of(host);
    }
    String key = ImageNames.registryKey(host);
    String loopback = key.replaceFirst("^localhost", "127.0.0.1");
    return Stream.of(host, key, loopback).distinct().toList();
  }

  @Override
  public CheckResult evaluate(CheckContext ctx) {
    Path file = ctx.dockerConfig().resolve(DockerConfigFile.FILE_NAME);
    String key;
    Optional<Credentials> credentials;
    try {
      DockerConfigFile config = DockerConfigFile.load(ctx.dockerConfig());
      key = keys().stream().filter(config::hasEntry).findFirst().orElse(null);
      credentials = key != null ? config.auth(key) : Optional.empty();
    } catch (LabException e) {
      return CheckResult.failed(e.getMessage(), "a readable config.json", "a config.json that cannot be used");
    }
    if (!present) {
      return key != null
          ? CheckResult.failed(file + " still has a login for " + key + ": docker logout " + key, "no login for " + host, "a login for " + key).withHint("still-logged-in")
          : CheckResult.passed("no login for " + host + " in " + file, Map.of());
    }
    if (key == null) {
      return CheckResult.failed("there is no login for " + host + " in " + file + ": docker login " + host, "a login for " + host, "no login in " + file).withHint("no-login");
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
      Optional<CheckResult> rejected = verify(ctx, key, credentials.isPresent());
      if (rejected.isPresent()) {
        return rejected.get();
      }
    }
    String as = user.isEmpty() ? "" : " as " + user;
    String accepted = verify ? ": it answers 401 without a login and 200 with this one" : "";
    return CheckResult.passed("logged in to " + key + as + accepted, user.isEmpty() ? Map.of() : Map.of("user", user));
  }

  /**
   * "The registry accepts these credentials": without them it answers 401, with them 200. An open registry
   * accepts anything, so a login to it proves nothing: that is said, with the way to protect it.
   */
  private Optional<CheckResult> verify(CheckContext ctx, String key, boolean inline) {
    if (!inline) {
      return Optional.of(
          CheckResult.failed(
              "the login for " + key + " is kept by a credential helper, so the lab cannot check it: log in from the lab shell: docker login " + host,
              "a password in config.json",
              "a credential helper"));
    }
    try {
      LocalHttp.Reply reply = LocalHttp.get(URI.create("http://" + key + "/v2/"), null, ctx.dockerConfig(), key);
      if (reply.status() == 200 && !reply.sentCredentials()) {
        return Optional.of(
            CheckResult.failed(
                    host + " is an open registry: it answers /v2/ with 200 to anyone, so it accepts any user and password and this login proves nothing. "
                        + "Protect it with a password file (mkdir -p auth && htpasswd -Bbn USER PASSWORD > auth/htpasswd), then: docker rm -f registry && docker run -d -p 5000:5000 --name registry -v ./auth:/auth "
                        + "-e REGISTRY_AUTH=htpasswd -e REGISTRY_AUTH_HTPASSWD_REALM=Registry -e REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd registry:2",
                    "401 without a login, 200 with yours",
                    "200 without any login (an open registry)")
                .withHint("registry-open"));
      }
      if (reply.status() == 401) {
        return Optional.of(
            CheckResult.failed(host + " refuses the password stored for " + reply.user() + ": log in again: docker login " + host, "200 with the stored login", "401 with the stored login of " + reply.user())
                .withHint("login-refused"));
      }
      if (reply.status() != 200) {
        return Optional.of(CheckResult.failed(host + " answered " + reply.status() + " to /v2/: is it a registry?", "200", Integer.toString(reply.status())));
      }
      return Optional.empty();
    } catch (LocalHttp.NoAnswer e) {
      return Optional.of(
          CheckResult.failed("nothing answers on " + host + " (" + e.getMessage() + "): is the registry container running? docker ps", "a registry on " + host, e.getMessage())
              .withHint("registry-down"));
    } catch (LocalHttp.BadConfig e) {
      return Optional.of(CheckResult.failed(e.getMessage(), "a readable config.json", "a config.json that cannot be used"));
    }
  }
}
