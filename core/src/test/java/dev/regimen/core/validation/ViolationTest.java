package dev.regimen.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void underPrefixesThePathWithTheEnclosingValuesPath() {
    assertThat(new Violation("seconds", "m").under("entries[1].dosage.hold").path())
        .isEqualTo("entries[1].dosage.hold.seconds");
    assertThat(new Violation("[0]", "m").under("takeaways").path()).isEqualTo("takeaways[0]");
    assertThat(new Violation("", "m").under("entries[1].dosage").path()).isEqualTo("entries[1].dosage");
    assertThat(new Violation("seconds", "m").under("").path()).isEqualTo("seconds");
    assertThat(new Violation("seconds", "m").under("hold").message()).isEqualTo("m");
  }

  @Test
  void printsThePathBeforeTheMessage() {
    assertThat(new Violation("seconds", "must be greater than 0, was 0")).hasToString("seconds: must be greater than 0, was 0");
    assertThat(new Violation("", "must give seconds, breaths or both")).hasToString("must give seconds, breaths or both");
  }

  @Test
  void rejectsABlankMessage() {
    assertThatThrownBy(() -> new Violation("x", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message: must not be blank");
  }

  @Test
  void rejectsNullsNamingThem() {
    assertThatThrownBy(() -> new Violation(null, "m")).isInstanceOf(NullPointerException.class).hasMessage("path");
    assertThatThrownBy(() -> new Violation("p", null)).isInstanceOf(NullPointerException.class).hasMessage("message");
    assertThatThrownBy(() -> new Violation("p", "m").under(null)).isInstanceOf(NullPointerException.class).hasMessage("prefix");
  }
}
