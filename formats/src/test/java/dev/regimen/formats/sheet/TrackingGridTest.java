package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * The tracking grid of the text sheet beyond the golden sheets' week at 72 columns: when the days
 * do not fit beside the names, they come in blocks of whole weeks; when the width is tight, the
 * cells shrink before the names wrap inside their column.
 */
class TrackingGridTest {
  private static String grid(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void twoWeeksAtSeventyTwoColumnsComeAsTwoBlocksOfAWeekWithRoomyCells() {
    String sheet = TextSheet.of(SheetOptions.builder().trackingDays(14).build()).render(Catalog.l5s1Relief());

    assertThat(sheet)
        .contains(
            grid(
            "Days 1–7",
            "┌─────────────────────────────┬────┬────┬────┬────┬────┬────┬────┐",
            "│ Exercise                    │  1 │  2 │  3 │  4 │  5 │  6 │  7 │",
            "├─────────────────────────────┼────┼────┼────┼────┼────┼────┼────┤",
            "│ 1. Seated Hamstring Stretch │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │",
            "├─────────────────────────────┼────┼────┼────┼────┼────┼────┼────┤",
            "│ 2. Knee-to-Chest Stretch    │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │",
            "├─────────────────────────────┼────┼────┼────┼────┼────┼────┼────┤",
            "│ 3. Standing Hurdler Stretch │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │",
            "└─────────────────────────────┴────┴────┴────┴────┴────┴────┴────┘",
            "",
            "Days 8–14",
            "┌─────────────────────────────┬────┬────┬────┬────┬────┬────┬────┐",
            "│ Exercise                    │  8 │  9 │ 10 │ 11 │ 12 │ 13 │ 14 │",
            "├─────────────────────────────┼────┼────┼────┼────┼────┼────┼────┤",
            "│ 1. Seated Hamstring Stretch │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │",
            "├─────────────────────────────┼────┼────┼────┼────┼────┼────┼────┤",
            "│ 2. Knee-to-Chest Stretch    │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │",
            "├─────────────────────────────┼────┼────┼────┼────┼────┼────┼────┤",
            "│ 3. Standing Hurdler Stretch │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │  ☐ │",
            "└─────────────────────────────┴────┴────┴────┴────┴────┴────┴────┘"));
  }

  @Test
  void tenDaysAtFortyEightColumnsInAsciiShrinkTheCellsAndWrapTheNames() {
    String sheet =
        TextSheet.of(SheetOptions.builder().width(48).asciiOnly(true).trackingDays(10).build())
            .render(Catalog.l5s1Relief());

    assertThat(sheet)
        .contains(
            grid(
            "Days 1-7",
            "+------------------+---+---+---+---+---+---+---+",
            "| Exercise         |  1|  2|  3|  4|  5|  6|  7|",
            "+------------------+---+---+---+---+---+---+---+",
            "| 1. Seated        |   |   |   |   |   |   |   |",
            "|    Hamstring     |   |   |   |   |   |   |   |",
            "|    Stretch       |   |   |   |   |   |   |   |",
            "+------------------+---+---+---+---+---+---+---+",
            "| 2. Knee-to-Chest |   |   |   |   |   |   |   |",
            "|    Stretch       |   |   |   |   |   |   |   |",
            "+------------------+---+---+---+---+---+---+---+",
            "| 3. Standing      |   |   |   |   |   |   |   |",
            "|    Hurdler       |   |   |   |   |   |   |   |",
            "|    Stretch       |   |   |   |   |   |   |   |",
            "+------------------+---+---+---+---+---+---+---+",
            "",
            "Days 8-10",
            "+------------------+---+---+---+",
            "| Exercise         |  8|  9| 10|",
            "+------------------+---+---+---+",
            "| 1. Seated        |   |   |   |",
            "|    Hamstring     |   |   |   |",
            "|    Stretch       |   |   |   |",
            "+------------------+---+---+---+",
            "| 2. Knee-to-Chest |   |   |   |",
            "|    Stretch       |   |   |   |",
            "+------------------+---+---+---+",
            "| 3. Standing      |   |   |   |",
            "|    Hurdler       |   |   |   |",
            "|    Stretch       |   |   |   |",
            "+------------------+---+---+---+"));
  }

  @Test
  void tenDaysAtFortyColumnsFallBackToNarrowCellsAndSplitALongNameAtItsHyphen() {
    String sheet = TextSheet.of(SheetOptions.builder().width(40).trackingDays(10).build()).render(Catalog.l5s1Relief());

    assertThat(sheet)
        .contains(
            grid(
            "Days 1–7",
            "┌─────────────────┬──┬──┬──┬──┬──┬──┬──┐",
            "│ Exercise        │ 1│ 2│ 3│ 4│ 5│ 6│ 7│",
            "├─────────────────┼──┼──┼──┼──┼──┼──┼──┤",
            "│ 1. Seated       │ ☐│ ☐│ ☐│ ☐│ ☐│ ☐│ ☐│",
            "│    Hamstring    │  │  │  │  │  │  │  │",
            "│    Stretch      │  │  │  │  │  │  │  │",
            "├─────────────────┼──┼──┼──┼──┼──┼──┼──┤",
            "│ 2. Knee-to-     │ ☐│ ☐│ ☐│ ☐│ ☐│ ☐│ ☐│",
            "│    Chest        │  │  │  │  │  │  │  │",
            "│    Stretch      │  │  │  │  │  │  │  │",
            "├─────────────────┼──┼──┼──┼──┼──┼──┼──┤",
            "│ 3. Standing     │ ☐│ ☐│ ☐│ ☐│ ☐│ ☐│ ☐│",
            "│    Hurdler      │  │  │  │  │  │  │  │",
            "│    Stretch      │  │  │  │  │  │  │  │",
            "└─────────────────┴──┴──┴──┴──┴──┴──┴──┘"))
        .contains("Days 8–10\n┌─────────────────┬──┬──┬──┐\n│ Exercise        │ 8│ 9│10│\n");
  }

  @Test
  void aMonthAtSixtyColumnsComesInWeeksAndTheDaysLeftOver() {
    String sheet = TextSheet.of(SheetOptions.builder().width(60).trackingDays(31).build()).render(Catalog.l5s1Relief());

    assertThat(sheet.lines().filter(l -> l.startsWith("Days ")))
        .containsExactly("Days 1–7", "Days 8–14", "Days 15–21", "Days 22–28", "Days 29–31");
    assertThat(sheet)
        .contains("│ Exercise              │ 29 │ 30 │ 31 │\n")
        .contains("│ 1. Seated Hamstring   │  ☐ │  ☐ │  ☐ │\n│    Stretch            │    │    │    │\n");
    assertThat(sheet.lines().mapToInt(TextSheet::displayWidth).max().orElseThrow()).isLessThanOrEqualTo(60);
  }
}
