package org.dockerlab.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The action records validate their YAML fields in their constructors, with messages that name the field. */
class SetupActionsTest {
  @Test
  void paths_stayInTheWorkspace_byTheSameRuleAsChecks() {
    assertThatThrownBy(() -> new WriteFile("~/.bashrc", "x")).hasMessage("path: '~/.bashrc' must be a path inside the workspace (relative, no ..)");
    assertThatThrownBy(() -> new RemoveFile("..\\progress.json")).hasMessageStartingWith("path: '..\\progress.json' must be a path inside");
    assertThatThrownBy(() -> new SaveImage("busybox:latest", "/tmp/b.tar")).hasMessageStartingWith("path: ");
    assertThatThrownBy(() -> new WriteFile("a.txt", null)).hasMessage("content: is required (\"\" for an empty file)");
  }

  @Test
  void containerNames_followTheEnginesRule() {
    assertThatThrownBy(() -> new RemoveContainer("r")).hasMessageStartingWith("name: 'r' is not a valid container name");
    assertThatThrownBy(() -> new StartRegistry("-registry", 5000, null, null)).hasMessageStartingWith("name: '-registry'");
    assertThat(new RemoveContainer("registry").name()).isEqualTo("registry");
  }

  @Test
  void localRegistries_includeIpv6Loopback_andNothingOffThisMachine() {
    assertThat(new PushImage("myapp:latest", "[::1]:5000/myapp").to()).isEqualTo("[::1]:5000/myapp");
    assertThat(new RemoveImage("127.0.0.1:5000/myapp").image()).isEqualTo("127.0.0.1:5000/myapp");
    assertThatThrownBy(() -> new PushImage("myapp:latest", "registry.example.com/myapp"))
        .hasMessage("to: must name a local registry, like localhost:5000/myapp, not 'registry.example.com/myapp'");
    assertThat(new RemoveImage("myapp:1.1").names()).as("a name the lab made in a lesson, by its tag").containsExactly("myapp");
    assertThatThrownBy(() -> new RemoveImage("postgres")).hasMessageStartingWith("image: outside a local registry, name one tag");
  }

  @Test
  void registries_validateTheirAccounts() {
    assertThatThrownBy(() -> new StartRegistry("registry", 70000, null, null)).hasMessage("port: 70000 is not a port (1-65535)");
    assertThatThrownBy(() -> new StartRegistry("registry", 5000, "basic", null)).hasMessage("auth: must be none or htpasswd, not 'basic'");
    assertThatThrownBy(() -> new StartRegistry("registry", 5000, null, List.of(new StartRegistry.Account("manu", "manu"))))
        .hasMessage("users: accounts need auth: htpasswd");
    assertThatThrownBy(() -> new StartRegistry.Account("ma:nu", "x")).hasMessage("user: must not contain ':'");
    assertThat(new StartRegistry.Account("manu", "secret").toString()).doesNotContain("secret");
  }

  @Test
  void imagesAnActionProvisions_areNamedForLint() {
    assertThat(new EnsureImage("busybox:latest").images()).containsExactly("busybox:latest");
    assertThat(new SaveImage("busybox:latest", "b.tar").images()).containsExactly("busybox:latest");
    assertThat(new PushImage("myapp:latest", "localhost:5000/myapp").images()).containsExactly("myapp:latest");
    assertThat(new StartRegistry("registry", 5000, null, null).images()).containsExactly("registry:2");
    assertThat(new RemoveImage("localhost:5000/myapp").images()).isEmpty();
    assertThat(new Logout("localhost:5000").images()).isEmpty();
  }
}
