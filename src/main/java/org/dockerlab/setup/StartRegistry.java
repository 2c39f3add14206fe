package org.dockerlab.setup;

import java.io.IOException;
import java.util.List;
import org.dockerlab.docker.ContainerName;

/** {@code start-registry}: a registry:2 container of the lab's, replacing a lab registry on that name or port. */
public record StartRegistry(String name, Integer port, String auth, List<Account> users) implements SetupAction {
  public StartRegistry {
    ContainerName.require("name", name);
    Fields.port("port", port);
    auth = auth == null ? "none" : auth;
    users = Fields.list("users", users);
    if (!auth.equals("none") && !auth.equals("htpasswd")) {
      throw new IllegalArgumentException("auth: must be none or htpasswd, not '" + auth + "'");
    }
    if (auth.equals("htpasswd") && users.isEmpty()) {
      throw new IllegalArgumentException("users: a registry with auth: htpasswd needs at least one account");
    }
    if (auth.equals("none") && !users.isEmpty()) {
      throw new IllegalArgumentException("users: accounts need auth: htpasswd");
    }
  }

  public boolean htpasswd() {
    return auth.equals("htpasswd");
  }

  /** The registry's address as image names and {@code docker login} write it. */
  public String address() {
    return "localhost:" + port;
  }

  @Override
  public void apply(SetupContext ctx) throws IOException {
    new RegistryStarter(ctx).start(this);
  }

  @Override
  public List<String> images() {
    return List.of(SetupContext.REGISTRY_IMAGE);
  }

  /** An account of a lab registry; lesson data, not a secret (the lesson text tells it to the learner). */
  public record Account(String user, String password) {
    public Account {
      Fields.text("user", user);
      Fields.text("password", password);
      if (user.contains(":")) {
        throw new IllegalArgumentException("user: must not contain ':'");
      }
    }

    @Override
    public String toString() {
      return "Account[user=" + user + "]";
    }
  }
}
