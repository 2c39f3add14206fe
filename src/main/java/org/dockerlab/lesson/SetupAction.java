package org.dockerlab.lesson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.dockerlab.docker.ImageRef;

/**
 * A declarative setup or cleanup action, chosen by its YAML {@code action:} name. Each record only
 * describes; {@link SetupRunner} does.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "action")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SetupAction.EnsureImage.class, name = "ensure-image"),
  @JsonSubTypes.Type(value = SetupAction.RemoveImage.class, name = "remove-image"),
  @JsonSubTypes.Type(value = SetupAction.RemoveContainer.class, name = "remove-container"),
  @JsonSubTypes.Type(value = SetupAction.StartRegistry.class, name = "start-registry"),
  @JsonSubTypes.Type(value = SetupAction.WriteFile.class, name = "write-file"),
  @JsonSubTypes.Type(value = SetupAction.RemoveFile.class, name = "remove-file"),
  @JsonSubTypes.Type(value = SetupAction.Logout.class, name = "logout"),
  @JsonSubTypes.Type(value = SetupAction.SaveImage.class, name = "save-image"),
  @JsonSubTypes.Type(value = SetupAction.PushImage.class, name = "push-image")
})
public sealed interface SetupAction {
  /** The YAML names, for messages about an unknown action. */
  List<String> NAMES =
      List.of("ensure-image", "remove-image", "remove-container", "start-registry", "write-file", "remove-file", "logout",
          "save-image", "push-image");

  /** {@code ensure-image}: the lab image is in the engine (present, pulled, or built offline). */
  record EnsureImage(String image) implements SetupAction {
    public EnsureImage {
      Fields.labImage("image", image);
    }
  }

  /** {@code remove-image}: untags an image the lab may own: a lab image, or a tag in a local registry. */
  record RemoveImage(String image) implements SetupAction {
    public RemoveImage {
      ImageRef ref = Fields.imageRef("image", image);
      if (!Fields.isLocalRegistry(ref) && !Fields.labImageNames().contains(image)) {
        throw new IllegalArgumentException(
            "image: a lesson may only remove lab images or tags in a local registry (localhost:5000/...), not '" + image + "'");
      }
    }
  }

  /** {@code remove-container}: removes a container the lab created; refuses any other. */
  record RemoveContainer(String name) implements SetupAction {
    public RemoveContainer {
      Fields.containerName("name", name);
    }
  }

  /** {@code start-registry}: a registry:2 container of the lab's, replacing a lab registry on that name or port. */
  record StartRegistry(String name, Integer port, String auth, List<Account> users) implements SetupAction {
    public StartRegistry {
      Fields.containerName("name", name);
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
  }

  /** An account of a lab registry; lesson data, not a secret (the lesson text tells it to the learner). */
  record Account(String user, String password) {
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

  /** {@code write-file}: a file in the workspace with this content. */
  record WriteFile(String path, String content) implements SetupAction {
    public WriteFile {
      Fields.relativePath("path", path);
      if (content == null) {
        throw new IllegalArgumentException("content: is required (\"\" for an empty file)");
      }
    }
  }

  /** {@code remove-file}: no such file in the workspace afterwards. */
  record RemoveFile(String path) implements SetupAction {
    public RemoveFile {
      Fields.relativePath("path", path);
    }
  }

  /** {@code logout}: no credentials for the server in the lab's config.json. */
  record Logout(String server) implements SetupAction {
    public Logout {
      Fields.text("server", server);
    }
  }

  /** {@code save-image}: a docker archive of a lab image in the workspace, as {@code docker save -o} makes it. */
  record SaveImage(String image, String path) implements SetupAction {
    public SaveImage {
      Fields.labImage("image", image);
      Fields.relativePath("path", path);
    }
  }

  /** {@code push-image}: a lab image tagged into a local registry and pushed there (the tag stays). */
  record PushImage(String image, String to) implements SetupAction {
    public PushImage {
      Fields.labImage("image", image);
      if (!Fields.isLocalRegistry(Fields.imageRef("to", to))) {
        throw new IllegalArgumentException("to: must name a local registry, like localhost:5000/myapp, not '" + to + "'");
      }
    }
  }
}
