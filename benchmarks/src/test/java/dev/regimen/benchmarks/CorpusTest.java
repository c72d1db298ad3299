package dev.regimen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import org.junit.jupiter.api.Test;

class CorpusTest {
  @Test
  void namesTheBundledRoutine() {
    assertThat(Corpus.protocol(Corpus.L5_S1)).isSameAs(Catalog.l5s1Relief());
  }

  @Test
  void syntheticProtocolsRepeatTheRoutinesEntriesThenTheBridgeAndTheWalkWithUniqueIds() {
    Protocol p = Corpus.synthetic(10);
    assertThat(p.entries()).hasSize(10);
    assertThat(p.exercises()).extracting(e -> e.id()).doesNotHaveDuplicates();
    assertThat(p.exercises())
        .extracting(e -> e.id())
        .containsExactly(
            "seated-hamstring-stretch-1", "knee-to-chest-stretch-2", "standing-hurdler-stretch-3",
            "butt-lift-bridge-4", "long-walk-5", "seated-hamstring-stretch-6", "knee-to-chest-stretch-7",
            "standing-hurdler-stretch-8", "butt-lift-bridge-9", "long-walk-10");
    assertThat(p.entries().get(5).dosage()).isEqualTo(Catalog.l5s1Relief().entries().get(0).dosage());
    assertThat(p.entries().get(3).dosage()).isEqualTo(Corpus.BRIDGE.dosage());
    assertThat(p.entries().get(4).exercise().name()).isEqualTo("Long Walk 5");
    assertThat(p.conditions()).isEqualTo(Catalog.l5s1Relief().conditions());
    assertThat(p.advisories()).isEqualTo(Catalog.l5s1Relief().advisories());
    assertThat(p.cautions()).containsExactly(Corpus.PROTOCOL_CAUTION);
  }

  @Test
  void theAddedTemplatesExerciseTheNewShapes() {
    assertThat(Corpus.WALK.exercise().startingPosition()).isEmpty();
    assertThat(Corpus.WALK.exercise().cautions()).hasSize(1);
    assertThat(Corpus.WALK.dosage().duration()).isPresent();
    assertThat(Corpus.WALK.exercise().primaryTargets()).noneMatch(a -> a.isStandard());
    assertThat(Corpus.BRIDGE.dosage().sets().isExact()).isFalse();
    assertThat(Corpus.BRIDGE.dosage().restBetweenSetsSeconds().orElseThrow().isExact()).isFalse();
    assertThat(Corpus.BRIDGE.exercise().steps()).extracting(s -> s.phase().name()).contains("SETUP", "REPETITION");
    assertThat(Corpus.BRIDGE.exercise().media()).isNotEmpty();
  }

  @Test
  void syntheticProtocolsAreDeterministic() {
    assertThat(Corpus.protocol("100")).isEqualTo(Corpus.protocol("100"));
  }

  @Test
  void rejectsAnUnknownName() {
    assertThatThrownBy(() -> Corpus.protocol("huge"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("protocol must be 'l5-s1' or a number of entries, was 'huge'");
    assertThatThrownBy(() -> Corpus.synthetic(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entries must be at least 1, was 0");
  }
}
