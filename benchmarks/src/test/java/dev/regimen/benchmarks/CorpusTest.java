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
  void syntheticProtocolsRepeatTheRoutinesEntriesWithUniqueIds() {
    Protocol p = Corpus.synthetic(10);
    assertThat(p.entries()).hasSize(10);
    assertThat(p.exercises()).extracting(e -> e.id()).doesNotHaveDuplicates();
    assertThat(p.entries().get(3).exercise().id()).isEqualTo("seated-hamstring-stretch-4");
    assertThat(p.entries().get(3).dosage()).isEqualTo(Catalog.l5s1Relief().entries().get(0).dosage());
    assertThat(p.conditions()).isEqualTo(Catalog.l5s1Relief().conditions());
    assertThat(p.advisories()).isEqualTo(Catalog.l5s1Relief().advisories());
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
