package dev.regimen.core.source;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.persons;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class PersonTest {

  @Test
  void theDisplayNameCarriesTheCredentials() {
    assertThat(Person.named("David Wells-Roth").displayName()).isEqualTo("David Wells-Roth");
    assertThat(Person.builder().name("David Wells-Roth").credentials("MD").build().displayName())
        .isEqualTo("David Wells-Roth, MD");
  }

  @Test
  void rejectsBlankTextsNamingEachAttribute() {
    qt().forAll(blankTexts())
        .checkAssert(
            blank ->
                assertThat(
                        violationsOf(
                            () -> Person.builder().name(blank).credentials(blank).role(blank).build()))
                    .containsExactly(
                        new Violation("name", "must not be blank"),
                        new Violation("credentials", "must not be blank"),
                        new Violation("role", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(persons()).checkAssert(p -> ValueContracts.assertSameValue(Person.builder().from(p).build(), p));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Person.builder());
  }
}
