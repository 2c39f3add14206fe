package org.dockerlab.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dockerlab.io.Colour.Mode;
import org.junit.jupiter.api.Test;

class ColourTest {
  @Test
  void auto_colours_onlyATerminal() {
    assertThat(Colour.decide(Mode.AUTO, Map.of(), true).enabled()).isTrue();
    assertThat(Colour.decide(Mode.AUTO, Map.of(), false).enabled()).isFalse();
  }

  @Test
  void noColor_setAndNotEmpty_turnsColourOff_unlessAlwaysIsAsked() {
    assertThat(Colour.decide(Mode.AUTO, Map.of("NO_COLOR", "1"), true).enabled()).isFalse();
    assertThat(Colour.decide(Mode.AUTO, Map.of("NO_COLOR", ""), true).enabled()).isTrue();
    assertThat(Colour.decide(Mode.ALWAYS, Map.of("NO_COLOR", "1"), false).enabled()).isTrue();
  }

  @Test
  void never_andADumbTerminal_meanNoColour() {
    assertThat(Colour.decide(Mode.NEVER, Map.of(), true).enabled()).isFalse();
    assertThat(Colour.decide(Mode.AUTO, Map.of("TERM", "dumb"), true).enabled()).isFalse();
  }

  @Test
  void style_wrapsInAnsi_onlyWhenEnabled() {
    assertThat(new Colour(true).green("ok")).isEqualTo("\033[32mok\033[0m");
    assertThat(Colour.NONE.bold("ok")).isEqualTo("ok");
  }
}
