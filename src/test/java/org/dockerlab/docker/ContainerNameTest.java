package org.dockerlab.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerNameTest {
  @ParameterizedTest
  @ValueSource(strings = {"registry", "myapp", "dlt-les-reg-1x", "my_app.2", "A1", "0x"})
  void namesTheEngineAccepts(String name) {
    assertThat(ContainerName.isValid(name)).isTrue();
    assertThat(ContainerName.require("name", name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "-web", "_web", ".web", "/web", "my app", "web/1", "wéb", "web:1"})
  void namesTheEngineRefuses(String name) {
    assertThat(ContainerName.isValid(name)).isFalse();
    assertThatThrownBy(() -> ContainerName.require("name", name))
        .hasMessageStartingWith("name: '" + name + "' is not a valid container name");
  }

  @Test
  void aMissingName_isRequired() {
    assertThat(ContainerName.isValid(null)).isFalse();
    assertThatThrownBy(() -> ContainerName.require("name", "")).hasMessage("name: a container name like registry is required");
  }
}
