package dev.regimen.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

  @Test
  void l5s1ReliefIsTheSameInstanceOnEveryCall() {
    assertThat(Catalog.l5s1Relief()).isSameAs(Catalog.l5s1Relief());
  }

  @Test
  void l5s1ReliefEqualsAFreshlyBuiltCopy() {
    Protocol fresh = L5S1Relief.protocol();

    assertThat(fresh).isNotSameAs(Catalog.l5s1Relief());
    assertThat(fresh).isEqualTo(Catalog.l5s1Relief());
    assertThat(fresh.hashCode()).isEqualTo(Catalog.l5s1Relief().hashCode());
  }

  @Test
  void l5s1ReliefHasTheAgreedId() {
    assertThat(Catalog.l5s1Relief().id()).isEqualTo("l5-s1-relief");
    assertThat(Catalog.L5_S1_RELIEF_ID).isEqualTo("l5-s1-relief");
  }

  @Test
  void protocolsListsTheL5s1ReliefProtocolAndNothingElse() {
    assertThat(Catalog.protocols()).containsExactly(Catalog.l5s1Relief());
    assertThat(Catalog.protocols().get(0)).isSameAs(Catalog.l5s1Relief());
  }

  @Test
  void protocolFindsTheL5s1ReliefProtocolByItsId() {
    assertThat(Catalog.protocol("l5-s1-relief")).containsSame(Catalog.l5s1Relief());
  }

  @Test
  void protocolIsEmptyForAnUnknownId() {
    assertThat(Catalog.protocol("l4-l5-relief")).isEmpty();
    assertThat(Catalog.protocol("L5-S1-RELIEF")).isEmpty();
  }

  @Test
  void protocolRejectsANullIdNamingIt() {
    assertThatThrownBy(() -> Catalog.protocol(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void exercisesListsTheThreeStretchesInProtocolOrder() {
    assertThat(Catalog.exercises())
        .extracting(Exercise::id)
        .containsExactly(
            "seated-hamstring-stretch", "knee-to-chest-stretch", "standing-hurdler-stretch");
    assertThat(Catalog.exercises()).isEqualTo(Catalog.l5s1Relief().exercises());
  }

  @Test
  void conditionsListsTheFourCausesInProtocolOrder() {
    assertThat(Catalog.conditions())
        .extracting(Condition::id)
        .containsExactly(
            "age-related-cartilage-loss", "herniated-disc", "joint-damage", "muscle-injury");
    assertThat(Catalog.conditions()).isEqualTo(Catalog.l5s1Relief().conditions());
  }

  @Test
  void everyListTheCatalogReturnsIsUnmodifiable() {
    List<Protocol> protocols = Catalog.protocols();
    List<Exercise> exercises = Catalog.exercises();
    List<Condition> conditions = Catalog.conditions();

    assertThatThrownBy(protocols::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(exercises::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(conditions::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}
