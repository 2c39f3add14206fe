package org.dockerlab.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dockerlab.host.WaitStrategy;
import org.dockerlab.io.CancelledException;
import org.junit.jupiter.api.Test;

class StartingRegistryTest {
  private final List<RegistryEvent> events = new ArrayList<>();
  private final List<String> lookedAt = new ArrayList<>();

  /** A registry that answers from the given look on (1 = at once). */
  private StartingRegistry answeringFrom(int firstReadyLook, Duration patience) {
    return answeringFrom(firstReadyLook, patience, port -> true);
  }

  private StartingRegistry answeringFrom(int firstReadyLook, Duration patience, java.util.function.IntPredicate published) {
    AtomicInteger looks = new AtomicInteger();
    return new StartingRegistry(registry -> {
      lookedAt.add(registry);
      return new WaitStrategy() {
        @Override
        public Optional<String> look() {
          return looks.incrementAndGet() >= firstReadyLook ? Optional.empty() : Optional.of("ConnectException");
        }

        @Override
        public String target() {
          return "http://" + registry + "/v2/";
        }
      };
    }, published, patience);
  }

  @Test
  void aLocalRegistryStillStarting_isWaitedFor_andTheWaitIsSaidOnce() {
    answeringFrom(3, Duration.ofSeconds(5)).awaitIfStarting("localhost:5000", events::add);

    assertThat(events).containsExactly(new RegistryEvent.Waiting("localhost:5000", Duration.ofSeconds(5)));
    assertThat(lookedAt).containsExactly("localhost:5000");
  }

  @Test
  void aLocalRegistryThatAnswers_isNotWaitedFor() {
    answeringFrom(1, Duration.ofSeconds(5)).awaitIfStarting("127.0.0.1:5001", events::add);

    assertThat(events).isEmpty();
  }

  @Test
  void aRegistryThatNeverAnswers_isWaitedForAtMostThePatience_thenTheOperationGoesOn() {
    long start = System.nanoTime();
    answeringFrom(Integer.MAX_VALUE, Duration.ofMillis(300)).awaitIfStarting("[::1]:5000", events::add);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(events).containsExactly(new RegistryEvent.Waiting("[::1]:5000", Duration.ofMillis(300)));
  }

  @Test
  void aSilentPort_noContainerPublishes_isNotWaitedFor_nothingWasStarted() {
    List<Integer> asked = new ArrayList<>();
    long start = System.nanoTime();
    answeringFrom(Integer.MAX_VALUE, Duration.ofSeconds(5), port -> asked.add(port) && false).awaitIfStarting("localhost:5000", events::add);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(asked).containsExactly(5000);
    assertThat(events).isEmpty();
  }

  @Test
  void aRemoteRegistryOrDockerHub_isNeverLookedAt() {
    StartingRegistry starting = answeringFrom(Integer.MAX_VALUE, Duration.ofSeconds(5));
    starting.awaitIfStarting("registry.example.com:5000", events::add);
    starting.awaitIfStarting(null, events::add);

    assertThat(lookedAt).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void anInterrupt_whileWaiting_cancels() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> answeringFrom(Integer.MAX_VALUE, Duration.ofSeconds(5)).awaitIfStarting("localhost:5000", events::add))
          .isInstanceOf(CancelledException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
