package org.dockerlab.docker.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryAddressTest {
  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"docker.io", "index.docker.io/v1/", "https://index.docker.io/v1/", "registry-1.docker.io"})
  void everySpellingOfDockerHub_isTheCliHubKey(String typed) {
    assertThat(RegistryAddress.authKey(typed)).isEqualTo("https://index.docker.io/v1/");
  }

  @ParameterizedTest
  @CsvSource({
    "localhost:5000, localhost:5000",
    "http://localhost:5000, localhost:5000",
    "https://localhost:5000/, localhost:5000",
    "localhost:5000/, localhost:5000",
    "registry.example.com/v2/, registry.example.com"
  })
  void otherRegistries_keepHostAndPort_withoutSchemeOrPath(String typed, String key) {
    assertThat(RegistryAddress.authKey(typed)).isEqualTo(key);
  }
}
