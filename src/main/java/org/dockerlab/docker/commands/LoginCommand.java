package org.dockerlab.docker.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.dockerlab.docker.Credentials;
import org.dockerlab.docker.ImageRef;
import org.dockerlab.docker.config.DockerConfigFile;
import org.dockerlab.errors.LabException;
import org.dockerlab.io.Prompter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/**
 * {@code docker login}: checks the credentials with the engine (which asks the registry), then stores them
 * in the lab's config.json, in the clear, as the docker CLI does without a credential helper.
 */
@Command(name = "login", description = "Log in to a registry (Docker Hub when no server is given).")
final class LoginCommand extends DockerSubcommand {
  @Option(names = {"-u", "--username"}, description = "Username")
  String username;

  @Option(names = {"-p", "--password"}, description = "Password (insecure: use --password-stdin)", arity = "1")
  char[] password;

  @Option(names = "--password-stdin", description = "Take the password from stdin")
  boolean passwordStdin;

  @Mixin RegistryServer server;

  @Override
  public Integer call() {
    String key = server.key();
    DockerConfigFile config = context().config();
    Credentials credentials = null;
    try {
      readPasswordOptions();
      String response = null;
      if (username == null && password == null) {
        Optional<Credentials> stored = config.auth(key);
        if (stored.isPresent()) {
          credentials = stored.get();
          response = withStoredCredentials(key, credentials);
        }
      }
      if (response == null) {
        Credentials asked = askForWhatIsMissing(key, credentials);
        if (credentials != null) {
          credentials.wipe();
        }
        credentials = asked;
        response = authenticate(key, credentials);
      }
      config.credentialHelper(key).ifPresent(helper -> RegistryAuth.noteHelper(docker(), config, helper, key));
      config.store(key, credentials.username(), credentials.password());
      PrintWriter err = io().err();
      err.println("WARNING! Your password will be stored unencrypted in " + config.path() + ".");
      err.println("Configure a credential helper to remove this warning. See");
      err.println("https://docs.docker.com/engine/reference/commandline/login/#credential-stores");
      err.println();
      err.flush();
      io().out().println(response == null || response.isEmpty() ? "Login Succeeded" : response);
      io().out().flush();
      return 0;
    } finally {
      if (credentials != null) {
        credentials.wipe();
      }
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }

  private void readPasswordOptions() {
    if (password != null) {
      io().err().println("WARNING! Using --password via the CLI is insecure. Use --password-stdin.");
      io().err().flush();
      if (passwordStdin) {
        throw LabException.badInput("--password and --password-stdin are mutually exclusive");
      }
    }
    if (passwordStdin) {
      if (username == null || username.isBlank()) {
        throw LabException.badInput("Must provide --username with --password-stdin");
      }
      password = readStdin();
    }
  }

  /** The CLI first tries what config.json already holds, and asks only when that fails. */
  private String withStoredCredentials(String key, Credentials stored) {
    io().out().println("Authenticating with existing credentials...");
    io().out().flush();
    try {
      return authenticate(key, stored);
    } catch (LabException e) {
      io().err().println("Login did not succeed, error: " + e.getMessage());
      io().err().flush();
      return null;
    }
  }

  private Credentials askForWhatIsMissing(String key, Credentials stored) {
    String user = username == null ? null : username.trim();
    char[] secret = password == null ? null : password.clone();
    if (user != null && !user.isEmpty() && secret != null && secret.length > 0) {
      return new Credentials(user, secret);
    }
    Prompter prompter = context().prompter();
    if (prompter == null) {
      throw LabException.badInput("Cannot perform an interactive login from a non TTY device");
    }
    if (user == null || user.isEmpty()) {
      if (key.equals(ImageRef.DOCKER_HUB_AUTH_KEY)) {
        io().out().println(
            "Login with your Docker ID to push and pull images from Docker Hub. If you don't have a Docker ID,"
                + " head over to https://hub.docker.com to create one.");
        io().out().flush();
      }
      String previous = stored == null ? null : stored.username();
      String typed = prompter.readLine(previous == null ? "Username: " : "Username (" + previous + "): ");
      user = typed == null || typed.isBlank() ? previous : typed.trim();
      if (user == null || user.isEmpty()) {
        throw LabException.badInput("Non-null Username Required");
      }
    }
    if (secret == null || secret.length == 0) {
      secret = prompter.readSecret("Password: ");
      if (secret == null || secret.length == 0) {
        throw LabException.badInput("Password Required");
      }
    }
    return new Credentials(user, secret);
  }

  /** The engine asks the registry; a refusal comes back in the engine's words. Returns the engine's status line. */
  private String authenticate(String key, Credentials credentials) {
    DockerIo io = io();
    return engine().auth(key, credentials, RegistryAuth.progress(io, io.out(), false));
  }

  /** The password from stdin, without its trailing line end, as {@code --password-stdin} reads it. */
  private char[] readStdin() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      io().stdin().transferTo(bytes);
    } catch (IOException e) {
      throw LabException.environment("cannot read the password from stdin: " + e.getMessage(), e);
    }
    byte[] raw = bytes.toByteArray();
    CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(raw));
    Arrays.fill(raw, (byte) 0);
    int end = chars.limit();
    while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
      end--;
    }
    char[] secret = new char[end];
    chars.get(secret, 0, end);
    Arrays.fill(chars.array(), '\0');
    return secret;
  }
}
