package dev.regimen.core.protocol;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.entries;
import static dev.regimen.core.testing.Generators.exercises;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ProtocolEntryTest {

  @Test
  void rejectsABlankNote() {
    qt().withExamples(50)
        .forAll(exercises(), blankTexts())
        .checkAssert(
            (exercise, note) ->
                assertThat(
                        violationsOf(
                            () ->
                                ProtocolEntry.builder()
                                    .exercise(exercise)
                                    .dosage(Dosage.builder().build())
                                    .note(note)
                                    .build()))
                    .containsExactly(new Violation("note", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().withExamples(200)
        .forAll(entries())
        .checkAssert(e -> ValueContracts.assertSameValue(ProtocolEntry.builder().from(e).build(), e));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(ProtocolEntry.builder());
  }
}
