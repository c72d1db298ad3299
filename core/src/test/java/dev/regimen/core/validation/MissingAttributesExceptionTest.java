package dev.regimen.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.ProtocolEntry;
import org.junit.jupiter.api.Test;

class MissingAttributesExceptionTest {

  @Test
  void aBuilderMissingRequiredAttributesThrowsAValidationExceptionNamingEveryOne() {
    assertThatThrownBy(() -> Exercise.builder().addSteps(Step.of("Breathe.")).build())
        .isInstanceOf(MissingAttributesException.class)
        .isInstanceOf(ValidationException.class)
        .hasMessage("3 problems: id: is required; name: is required; kind: is required")
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .containsExactly(
                        new Violation("id", "is required"),
                        new Violation("name", "is required"),
                        new Violation("kind", "is required")));
  }

  @Test
  void oneMissingAttributeIsOneViolation() {
    assertThatThrownBy(() -> Repetitions.builder().min(2).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("max: is required");
    assertThatThrownBy(() -> ProtocolEntry.builder().build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("2 problems: exercise: is required; dosage: is required");
  }
}
