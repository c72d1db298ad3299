package dev.regimen.core.condition;

import static dev.regimen.core.testing.Generators.conditions;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ConditionTest {

  private static Condition.Builder herniatedDisc() {
    return Condition.builder()
        .id("herniated-disc")
        .name("Herniated disc")
        .description("The soft centre of a disc pushes out through its tougher exterior.")
        .addAffectedSegments(SpinalSegment.parse("L5-S1"));
  }

  @Test
  void findsItsFindingsById() {
    Finding extruded = Finding.of("disc-extruded-onto-nerve", "Disc material extruded onto a nerve");
    Condition condition = herniatedDisc().addFindings(extruded).build();
    assertThat(condition.finding("disc-extruded-onto-nerve")).contains(extruded);
    assertThat(condition.finding("other")).isEmpty();
  }

  @Test
  void reportsEveryRepeatedFindingIdAtItsIndex() {
    assertThat(
            violationsOf(
                () ->
                    herniatedDisc()
                        .addFindings(Finding.of("a", "A"), Finding.of("b", "B"), Finding.of("a", "A again"))
                        .addFindings(Finding.of("b", "B again"))
                        .build()))
        .containsExactly(
            new Violation("findings[2].id", "duplicate finding id 'a' (first at findings[0])"),
            new Violation("findings[3].id", "duplicate finding id 'b' (first at findings[1])"));
  }

  @Test
  void rejectsEveryBrokenRuleAtOnce() {
    assertThat(
            violationsOf(
                () ->
                    Condition.builder()
                        .id("herniated_disc")
                        .name("")
                        .description(" ")
                        .addFindings(Finding.of("a", "A"), Finding.of("a", "B"))
                        .build()))
        .containsExactly(
            new Violation(
                "id",
                "must be a lowercase slug (letters a-z, digits and single hyphens, such as"
                    + " 'knee-to-chest'), was 'herniated_disc'"),
            new Violation("name", "must not be blank"),
            new Violation("description", "must not be blank"),
            new Violation("findings[1].id", "duplicate finding id 'a' (first at findings[0])"));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(conditions())
        .checkAssert(c -> ValueContracts.assertSameValue(Condition.builder().from(c).build(), c));
  }

  @Test
  void handedOutListsAreUnmodifiable() {
    qt().forAll(conditions()).checkAssert(c -> assertThat(ValueContracts.assertListsUnmodifiable(c)).isEqualTo(3));
  }

  @Test
  void theBuilderCopiesTheListsItIsGiven() {
    qt().forAll(conditions()).checkAssert(c -> assertThat(ValueContracts.assertBuilderCopiesLists(c)).isEqualTo(3));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Condition.builder());
  }
}
