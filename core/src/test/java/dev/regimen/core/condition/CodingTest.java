package dev.regimen.core.condition;

import static dev.regimen.core.testing.Generators.blankTexts;
import static dev.regimen.core.testing.Generators.codings;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class CodingTest {

  @Test
  void knownSystemsHaveShortNames() {
    assertThat(Coding.icd10cm("M51.27", "Other intervertebral disc displacement, lumbosacral region").systemName())
        .isEqualTo("ICD-10-CM");
    assertThat(Coding.icd10cm("M51.27", "x").system()).isEqualTo("http://hl7.org/fhir/sid/icd-10-cm");
    assertThat(Coding.snomed("20021007", "x").systemName()).isEqualTo("SNOMED CT");
    assertThat(Coding.snomed("20021007", "x").system()).isEqualTo("http://snomed.info/sct");
    assertThat(Coding.of("http://example.org/codes", "1", "x").systemName()).isEqualTo("http://example.org/codes");
  }

  @Test
  void rejectsBlankPartsAllAtOnce() {
    qt().forAll(blankTexts())
        .checkAssert(
            b ->
                assertThat(violationsOf(() -> Coding.of(b, b, b)))
                    .containsExactly(
                        new Violation("system", "must not be blank"),
                        new Violation("code", "must not be blank"),
                        new Violation("display", "must not be blank")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().forAll(codings()).checkAssert(c -> ValueContracts.assertSameValue(Coding.builder().from(c).build(), c));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Coding.builder());
  }
}
