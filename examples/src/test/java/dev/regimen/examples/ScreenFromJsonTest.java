package dev.regimen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.TextSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenFromJsonTest {
  @TempDir Path dir;

  @Test
  void screensTheProtocolInTheFileAndPrintsThePersonalisedSheet() throws Exception {
    Path file = dir.resolve("l5-s1.json");
    Files.writeString(file, RegimenJson.create().writeProtocol(Catalog.l5s1Relief()));

    Console.Output output = Console.capture(() -> ScreenFromJson.main(new String[] {file.toString()}));

    assertThat(output.err()).isEmpty();
    String out = output.out();
    // a herniated disc without the extrusion finding: every stretch kept, with a caution
    assertThat(out)
        .contains("  Seated Hamstring Stretch: Caution\n")
        .contains("  Knee-to-Chest Stretch: Caution\n")
        .contains("  Standing Hurdler Stretch: Caution\n")
        .contains("    because of Herniated disc: While these exercises are generally safe");
    // three weeks of pain: the specialist notice applies, with why
    assertThat(out)
        .contains("  See a specialist if the pain persists (The pain has lasted 3 weeks; this applies"
            + " from 2 weeks.)");
    String expectedSheet =
        TextSheet.withDefaults()
            .render(
                Screening.screen(
                        Catalog.l5s1Relief(),
                        PatientProfile.builder().addConditionIds("herniated-disc").painWeeks(3).build())
                    .personalised()
                    .orElseThrow());
    assertThat(out).endsWith("\n\n" + expectedSheet);
  }

  @Test
  void anInvalidFileIsReportedWithItsPointerLineAndColumn() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, Fixtures.NEGATIVE_HOLD);
    int[] at = Fixtures.positionOf(Fixtures.NEGATIVE_HOLD, "-5");

    Console.Output output = Console.capture(() -> ScreenFromJson.main(new String[] {file.toString()}));

    assertThat(output.out()).isEmpty();
    assertThat(output.err())
        .isEqualTo(file + ": error at " + Fixtures.NEGATIVE_HOLD_POINTER + " (line " + at[0]
            + ", column " + at[1] + "): must be from 1 to 3600, was -5" + System.lineSeparator());
  }
}
