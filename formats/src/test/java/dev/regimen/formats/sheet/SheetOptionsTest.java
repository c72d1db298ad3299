package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SheetOptionsTest {
  @Test
  void defaultsAreSeventyTwoColumnsUnicodeWithGridAndSourcesForAWeek() {
    SheetOptions d = SheetOptions.defaults();
    assertThat(d.width()).isEqualTo(72);
    assertThat(d.asciiOnly()).isFalse();
    assertThat(d.includeTrackingGrid()).isTrue();
    assertThat(d.includeSources()).isTrue();
    assertThat(d.trackingDays()).isEqualTo(7);
    assertThat(SheetOptions.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void builderSetsEveryOption() {
    SheetOptions o =
        SheetOptions.builder()
            .width(100)
            .asciiOnly(true)
            .includeTrackingGrid(false)
            .includeSources(false)
            .trackingDays(28)
            .build();
    assertThat(o.width()).isEqualTo(100);
    assertThat(o.asciiOnly()).isTrue();
    assertThat(o.includeTrackingGrid()).isFalse();
    assertThat(o.includeSources()).isFalse();
    assertThat(o.trackingDays()).isEqualTo(28);
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(o).isNotEqualTo(SheetOptions.defaults());
    assertThat(o.toString())
        .isEqualTo(
            "SheetOptions{width=100, asciiOnly=true, includeTrackingGrid=false,"
                + " includeSources=false, trackingDays=28, locale=en}");
  }

  @Test
  void equalityIsByEveryOptionAndNothingElse() {
    SheetOptions d = SheetOptions.defaults();
    assertThat(d.equals(d)).isTrue();
    assertThat(d.equals(SheetOptions.builder().build())).isTrue();
    assertThat(d.equals(null)).isFalse();
    assertThat(d.equals(d.toString())).isFalse();
    assertThat(d.withWidth(73)).isNotEqualTo(d);
    assertThat(d.withAsciiOnly(true)).isNotEqualTo(d);
    assertThat(d.toBuilder().includeTrackingGrid(false).build()).isNotEqualTo(d);
    assertThat(d.toBuilder().includeSources(false).build()).isNotEqualTo(d);
    assertThat(d.toBuilder().trackingDays(8).build()).isNotEqualTo(d);
    assertThat(d.withWidth(73).withWidth(72)).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void aSheetKeepsTheOptionsItWasMadeWithAndSaysThem() {
    SheetOptions o = SheetOptions.builder().width(90).asciiOnly(true).build();
    assertThat(TextSheet.of(o).options()).isEqualTo(o);
    assertThat(MarkdownSheet.of(o).options()).isEqualTo(o);
    assertThat(TextSheet.of(o).toString()).isEqualTo("TextSheet{" + o + "}");
    assertThat(MarkdownSheet.of(o).toString()).isEqualTo("MarkdownSheet{" + o + "}");
    assertThat(TextSheet.defaults().options()).isEqualTo(SheetOptions.defaults());
    assertThat(MarkdownSheet.defaults().options()).isEqualTo(SheetOptions.defaults());
  }

  @Test
  void copiesChangeOneOptionAndKeepTheRest() {
    SheetOptions o = SheetOptions.builder().trackingDays(14).build();
    assertThat(o.withWidth(50).width()).isEqualTo(50);
    assertThat(o.withWidth(50).trackingDays()).isEqualTo(14);
    assertThat(o.withAsciiOnly(true).asciiOnly()).isTrue();
    assertThat(o.withAsciiOnly(true).trackingDays()).isEqualTo(14);
  }

  @Test
  void acceptsTheLimitsOfEveryRange() {
    assertThat(SheetOptions.builder().width(40).trackingDays(1).build().width()).isEqualTo(40);
    assertThat(SheetOptions.builder().width(500).trackingDays(366).build().trackingDays())
        .isEqualTo(366);
  }

  @Test
  void rejectsAWidthOutsideFortyToFiveHundred() {
    assertThatThrownBy(() -> SheetOptions.builder().width(39).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("width: must be from 40 to 500, was 39");
    assertThatThrownBy(() -> SheetOptions.defaults().withWidth(501))
        .isInstanceOf(ValidationException.class)
        .hasMessage("width: must be from 40 to 500, was 501");
  }

  @Test
  void rejectsTrackingDaysOutsideOneToAYear() {
    assertThatThrownBy(() -> SheetOptions.builder().trackingDays(0).build())
        .hasMessage("trackingDays: must be from 1 to 366, was 0");
    assertThatThrownBy(() -> SheetOptions.builder().trackingDays(367).build())
        .hasMessage("trackingDays: must be from 1 to 366, was 367");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertThatThrownBy(() -> SheetOptions.builder().width(10).trackingDays(-1).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.subject()).isEqualTo("sheetOptions");
              assertThat(e.problems())
                  .containsExactly(
                      new Violation("width", "must be from 40 to 500, was 10"),
                      new Violation("trackingDays", "must be from 1 to 366, was -1"));
            })
        .hasMessage(
            "2 problems: width: must be from 40 to 500, was 10;"
                + " trackingDays: must be from 1 to 366, was -1");
  }
}
