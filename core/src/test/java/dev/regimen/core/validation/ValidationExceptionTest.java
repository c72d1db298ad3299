package dev.regimen.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void aViolationOfTheWholeValueIsNamedAfterTheValue() {
    ValidationException e = new ValidationException("repetitions", "", "min 5 is greater than max 3");
    assertThat(e).hasMessage("repetitions: min 5 is greater than max 3").isInstanceOf(IllegalArgumentException.class);
    assertThat(e.subject()).isEqualTo("repetitions");
    assertThat(e.violations()).containsExactly(new Violation("", "min 5 is greater than max 3"));
  }

  @Test
  void severalViolationsAreCountedAndListedInOrder() {
    ValidationException e =
        new ValidationException(
            "hold", List.of(new Violation("seconds", "must be greater than 0, was 0"), new Violation("", "x")));
    assertThat(e).hasMessage("2 problems: seconds: must be greater than 0, was 0; hold: x");
  }

  @Test
  void theMessageListsTheFirstHundredViolationsAndCountsTheRest() {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      many.add(new Violation("entries/" + i + "/id", "duplicates entries/0/id"));
    }
    ValidationException e = new ValidationException("protocol", many);
    assertThat(e.getMessage())
        .startsWith("10000 problems: entries/0/id: duplicates entries/0/id; entries/1/id: ")
        .contains("entries/99/id: duplicates entries/0/id")
        .doesNotContain("entries/100/id")
        .endsWith("; and 9900 more not shown");
    assertThat(e.violations()).hasSize(10_000);
  }

  @Test
  void exactlyAHundredViolationsAreAllShown() {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < ValidationException.MAX_SHOWN; i++) {
      many.add(new Violation("x" + i, "bad"));
    }
    assertThat(new ValidationException("thing", many).getMessage())
        .contains("x99: bad")
        .doesNotContain("not shown");
  }

  @Test
  void keepsItsOwnUnmodifiableCopyOfTheViolations() {
    List<Violation> input = new ArrayList<>(List.of(new Violation("a", "b")));
    ValidationException e = new ValidationException("thing", input);
    input.add(new Violation("c", "d"));
    assertThat(e.violations()).containsExactly(new Violation("a", "b"));
    assertThatThrownBy(() -> e.violations().add(new Violation("e", "f"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void needsAtLeastOneViolation() {
    assertThatThrownBy(() -> new ValidationException("thing", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violations: must not be empty");
  }

  @Test
  void rejectsNullsNamingThem() {
    assertThatThrownBy(() -> new ValidationException(null, List.of(new Violation("a", "b"))))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subject");
    assertThatThrownBy(() -> new ValidationException("thing", (List<Violation>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("violations");
  }
}
