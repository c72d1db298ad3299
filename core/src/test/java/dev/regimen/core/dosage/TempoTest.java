package dev.regimen.core.dosage;

import static dev.regimen.core.testing.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.Generators;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TempoTest {

  @Test
  void readsThreeAndFourPhases() {
    Tempo slow = Tempo.parse("3-1-1-0");
    assertThat(slow.phaseCount()).isEqualTo(4);
    assertThat(slow.phaseSeconds(0)).hasValue(3);
    assertThat(slow.secondsPerRepetition()).isEqualTo(5);
    Tempo three = Tempo.parse("2-0-2");
    assertThat(three.phaseCount()).isEqualTo(3);
    assertThat(three.secondsPerRepetition()).isEqualTo(4);
  }

  @Test
  void anExplosivePhaseHasNoSecondsAndCountsAsOne() {
    Tempo tempo = Tempo.parse("2-0-X-1");
    assertThat(tempo.phaseSeconds(2)).isEqualTo(OptionalInt.empty());
    assertThat(tempo.secondsPerRepetition()).isEqualTo(4);
    assertThat(Tempo.parse("0-0-0").secondsPerRepetition()).as("never zero").isEqualTo(1);
  }

  @Test
  void rejectsEverythingButThreeOrFourSingleDigitPhases() {
    for (String bad : new String[] {"", "3", "3-1", "3-1-1-0-0", "31-1-1", "3--1-1", "a-b-c", "3-1-1-", "3 1 1", "x-1-1"}) {
      assertThat(rejectionOf(() -> Tempo.parse(bad)))
          .hasMessage(
              "tempo: must be three or four phases joined by hyphens, each a digit 0-9 or X, such as"
                  + " '3-1-1-0', was '" + bad + "'");
    }
    assertThatThrownBy(() -> Tempo.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("notation");
  }

  @Test
  void aTempoIsItsNotation() {
    qt().forAll(Generators.tempos())
        .checkAssert(
            t -> {
              assertThat(Tempo.parse(t.notation())).isEqualTo(t).hasSameHashCodeAs(t);
              assertThat(t).hasToString(t.notation());
            });
    assertThat(Tempo.parse("3-1-1-0")).isNotEqualTo(Tempo.parse("3-1-1"));
  }
}
