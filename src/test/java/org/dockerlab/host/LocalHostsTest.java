package org.dockerlab.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalHostsTest {
  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "[::1]", "::1"})
  void theFourSpellingsOfThisMachine_areLocalHosts(String host) {
    assertThat(LocalHosts.isLocalHost(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "example.com", "localhost.evil.example", "127.0.0.2", "0.0.0.0", "[::2]", "localhost:5000"})
  void otherHosts_areNot(String host) {
    assertThat(LocalHosts.isLocalHost(host)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "localhost:5000", "127.0.0.1:5001", "[::1]", "[::1]:5000", "::1", "Localhost:65535"})
  void localRegistryAddresses_withOrWithoutPort(String address) {
    assertThat(LocalHosts.isLocalAddress(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example:5000", "localhost.evil.example:5000", "localhost:", "localhost:http", "localhost:70000",
      "[::1", "[::1]5000", "::1:5000", "manu@localhost:5000", "docker.io"})
  void otherAddresses_areNot(String address) {
    assertThat(LocalHosts.isLocalAddress(address)).isFalse();
    assertThat(LocalHosts.isLocalAddress(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:5000/v2/_catalog", "http://127.0.0.1:8080/", "http://[::1]:5000/v2/", "HTTP://LOCALHOST/"})
  void localHttpUrls_areAccepted(String url) {
    assertThat(LocalHosts.requireLocalUrl("url", url).toString()).isEqualTo(url);
  }

  @org.junit.jupiter.api.Test
  void otherUrls_areRefused_namingTheFieldAndWhy() {
    assertThatThrownBy(() -> LocalHosts.requireLocalUrl("url", "https://hub.docker.com/")).hasMessageStartingWith("url: only http:// URLs");
    assertThatThrownBy(() -> LocalHosts.requireLocalUrl("url", "http://localhost.evil.example/"))
        .hasMessage("url: only localhost addresses are allowed in lessons, not 'http://localhost.evil.example/'");
    assertThatThrownBy(() -> LocalHosts.requireLocalUrl("url", "http://localhost@evil.example/")).hasMessageStartingWith("url: only localhost");
    assertThatThrownBy(() -> LocalHosts.requireLocalUrl("url", "http://manu:pw@localhost:5000/")).hasMessageStartingWith("url: no user:password@");
    assertThatThrownBy(() -> LocalHosts.requireLocalUrl("url", " ")).hasMessageStartingWith("url: a URL is required");
  }

  @org.junit.jupiter.api.Test
  void registryAddresses_areTrimmed_orRefusedSayingWhatIsWrong() {
    assertThat(LocalHosts.requireLocalAddress("host", " [::1]:5000 ")).isEqualTo("[::1]:5000");
    assertThatThrownBy(() -> LocalHosts.requireLocalAddress("host", "evil.example:5000"))
        .hasMessage("host: only localhost addresses are allowed in lessons, not 'evil.example:5000'");
    assertThatThrownBy(() -> LocalHosts.requireLocalAddress("host", "localhost:5000/myapp"))
        .hasMessageStartingWith("host: write the address as host:port");
    assertThatThrownBy(() -> LocalHosts.requireLocalAddress("host", "localhost:abc")).hasMessage("host: 'localhost:abc' is not host:port, e.g. localhost:5000");
    assertThatThrownBy(() -> LocalHosts.requireLocalAddress("host", "")).hasMessageStartingWith("host: a registry address is required");
  }
}
