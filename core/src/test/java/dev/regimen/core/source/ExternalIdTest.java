package dev.regimen.core.source;

import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ExternalIdTest {

  @Test
  void keepsTheIdAsTheDatasetWritesIt() {
    ExternalId id = ExternalId.of("free-exercise-db", "3_4_Sit-Up");
    assertThat(id.dataset()).isEqualTo("free-exercise-db");
    assertThat(id.id()).isEqualTo("3_4_Sit-Up");
    ValueContracts.assertSameValue(ExternalId.builder().from(id).build(), id);
  }

  @Test
  void rejectsADatasetThatIsNotASlugAndABlankId() {
    assertThat(violationsOf(() -> ExternalId.of("Free Exercise DB", " ")))
        .containsExactly(
            new Violation(
                "dataset",
                "must be a lowercase slug (letters a-z, digits and single hyphens, such as"
                    + " 'knee-to-chest'), was 'Free Exercise DB'"),
            new Violation("id", "must not be blank"));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(ExternalId.builder());
  }
}
