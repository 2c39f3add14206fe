package org.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dockerlab.check.CheckResult.Status;
import org.dockerlab.check.Tries.Try;
import org.junit.jupiter.api.Test;

class TriesTest {
  private static CheckResult verdict(Try... oldestFirst) {
    List<Try> tries = java.util.Arrays.asList(oldestFirst);
    return Tries.newestFirst(tries.size(), tries::get, "save busybox", "nothing since the lesson began");
  }

  @Test
  void anOlderSuccess_beatsANewerFailure() {
    CheckResult r = verdict(Try.done("you ran: ok", Map.of("line", "ok")), Try.failed("you ran bad, but it failed", "bad (exit 1)"));
    assertThat(r.status()).isEqualTo(Status.PASSED);
    assertThat(r.message()).isEqualTo("you ran: ok");
    assertThat(r.evidence()).containsEntry("line", "ok");
  }

  @Test
  void theNewestFailure_beatsANearMiss_andSaysWhatWasAsked() {
    CheckResult r = verdict(Try.failed("you ran old, but it failed", "old (exit 1)"), Try.near("you ran close", "close"), Try.failed("you ran new, but it failed", "new (exit 2)"), null);
    assertThat(r.status()).isEqualTo(Status.FAILED);
    assertThat(r.message()).isEqualTo("you ran new, but it failed: save busybox");
    assertThat(r.expected()).isEqualTo("save busybox");
    assertThat(r.found()).isEqualTo("new (exit 2)");
  }

  @Test
  void theNewestNearMiss_isNotQuite_andNothingIsNotDoneYet() {
    CheckResult near = verdict(Try.near("you ran a", "a"), null, Try.near("you ran b", "b"));
    assertThat(near.message()).isEqualTo("not quite: save busybox (you ran b)");
    assertThat(near.found()).isEqualTo("b");
    CheckResult none = verdict(null, null);
    assertThat(none.status()).isEqualTo(Status.FAILED);
    assertThat(none.message()).isEqualTo("not done yet: save busybox");
    assertThat(none.found()).isEqualTo("nothing since the lesson began");
  }

  @Test
  void aBlankDescribe_namesTheField() {
    assertThatThrownBy(() -> Tries.requireDescribe(" ", "what the learner should run"))
        .hasMessage("describe: say in words what the learner should run");
  }
}
