package dev.regimen.examples.cli;

import static dev.regimen.examples.cli.Cli.flat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Reason;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.examples.Fixtures;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenCommandTest {
  private static final Protocol L5_S1 = Catalog.l5s1Relief();

  @TempDir Path dir;

  @Test
  void anExtrudedDiscAvoidsEveryStretchSoThereIsNoSheetButEveryNoticeIsPrinted() {
    Cli.Result result =
        Cli.run("screen", "--builtin", "l5-s1", "--condition", "herniated-disc", "--finding",
            "disc-extruded-onto-nerve");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("  1. Seated Hamstring Stretch: Avoid (removed from the personalised")
        .contains("  2. Knee-to-Chest Stretch: Avoid (removed from the personalised sheet)")
        .contains("  3. Standing Hurdler Stretch: Avoid (removed from the personalised")
        .doesNotContain("Personalised sheet")
        .endsWith("No exercise of this protocol is suitable for this person: every one is\n"
            + "to be avoided, so there is no personalised sheet. Ask a medical\n"
            + "professional.\n");
    for (Advisory advisory : L5_S1.advisories()) {
      assertThat(flat(result.out())).contains(advisory.title()).contains(flat(advisory.text()));
    }
  }

  @Test
  void aHerniatedDiscAloneKeepsEveryStretchWithACautionOnThePersonalisedSheet() {
    Cli.Result result = Cli.run("screen", "--condition", "herniated-disc");

    PatientProfile profile = PatientProfile.builder().addConditionIds("herniated-disc").build();
    String sheet = TextSheet.withDefaults().render(Screening.screen(L5_S1, profile).personalised().orElseThrow());
    assertThat(result.status()).isZero();
    assertThat(result.out())
        .contains("  1. Seated Hamstring Stretch: Caution (kept, with the caution on the")
        .contains("Personalised sheet\n══════════════════\n\n" + sheet)
        .endsWith(sheet);
    assertThat(sheet).contains("Caution (Herniated disc)");
  }

  /** Safety content is never dropped: every advisory and every reason, whatever the profile. */
  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "--condition herniated-disc",
    "--condition herniated-disc --finding disc-extruded-onto-nerve --pain-weeks 6 --in-pain",
    "--condition muscle-injury,joint-damage --pain-weeks 1",
    "--condition herniated-disc --in-pain --ascii --width 40"
  })
  void everyAdvisoryAndEveryReasonIsPrinted(String options) {
    List<String> args = new java.util.ArrayList<>(List.of("screen"));
    if (!options.isEmpty()) {
      args.addAll(List.of(options.split(" ")));
    }
    Cli.Result result = Cli.run(args.toArray(new String[0]));

    boolean ascii = options.contains("--ascii");
    String out = flat(result.out());
    ScreeningReport report = Screening.screen(L5_S1, profileOf(options));
    assertThat(result.status()).isZero();
    for (Advisory advisory : L5_S1.advisories()) {
      assertThat(out).contains(flat(ConsoleText.line(advisory.title(), ascii)));
      assertThat(out).contains(flat(ConsoleText.line(advisory.text(), ascii)));
    }
    for (EntryScreening entry : report.entries()) {
      assertThat(out).contains(entry.exerciseName() + ": " + entry.verdict().displayName());
      for (Reason reason : entry.reasons()) {
        assertThat(out).contains(flat(ConsoleText.line(reason.rationale(), ascii)));
      }
    }
    if (ascii) {
      assertThat(result.out().chars()).allMatch(c -> c < 0x80);
      assertThat(result.outLines()).allMatch(line -> line.length() <= 40);
    }
  }

  @Test
  void painOfThreeWeeksSendsThePersonToASpecialistAndSaysWhy() {
    Cli.Result result = Cli.run("screen", "--pain-weeks", "3");
    String report = result.out().substring(0, result.out().indexOf("Personalised sheet"));
    String applies = report.substring(report.indexOf("Safety notices that apply to this person"));
    assertThat(flat(applies))
        .contains("• See a specialist if the pain persists")
        .contains("Why: The pain has lasted 3 weeks; this applies from 2 weeks.");
  }

  @Test
  void anUnknownConditionIdIsSaidClearlyInTheReportAndAsAWarning() {
    Cli.Result result = Cli.run("screen", "--condition", "herniated-disk");

    assertThat(result.status()).isZero();
    assertThat(flat(result.out()))
        .contains("Not judged: ask a medical professional")
        .contains("Unknown condition id 'herniated-disk': this protocol does not describe it, so the"
            + " screening could say nothing about it. The protocol's conditions:"
            + " age-related-cartilage-loss, herniated-disc, joint-damage, muscle-injury.")
        .contains("Conditions: herniated-disk (unknown)");
    assertThat(result.errLines())
        .containsExactly("regimen screen: warning: unknown condition id 'herniated-disk', not judged;"
            + " the protocol's conditions: age-related-cartilage-loss, herniated-disc, joint-damage,"
            + " muscle-injury");
  }

  @Test
  void aFindingOfNoGivenConditionIsSaidClearly() {
    Cli.Result result = Cli.run("screen", "--finding", "disc-extruded-onto-nerve");
    assertThat(flat(result.out())).contains("Finding id 'disc-extruded-onto-nerve' is not a finding of"
        + " any condition the person has");
    assertThat(result.errLines()).containsExactly("regimen screen: warning: finding id"
        + " 'disc-extruded-onto-nerve' is not a finding of any condition given, not judged");
  }

  @Test
  void anIdThatIsNoSlugIsWrongUsage() {
    Cli.Result result = Cli.run("screen", "--condition", "Herniated Disc");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString()
        .startsWith("regimen screen: Invalid value for option '--condition': must be a lowercase slug")
        .contains("was 'Herniated Disc'");
  }

  @Test
  void screensAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("tiny.json"), Fixtures.TINY_PROTOCOL);
    Cli.Result result = Cli.run("screen", file.toString(), "--width", "60");
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("  1. Cat-Cow: Suitable\n")
        .contains("Safety notices that apply to this person\n  None.\n");
    assertThat(result.out()).endsWith(TextSheet.of(SheetOptions.builder().width(60).build())
        .render(dev.regimen.formats.json.RegimenJson.create().readProtocol(Fixtures.TINY_PROTOCOL)));
  }

  private static PatientProfile profileOf(String options) {
    PatientProfile.Builder profile = PatientProfile.builder();
    String[] words = options.isEmpty() ? new String[0] : options.split(" ");
    for (int i = 0; i < words.length; i++) {
      switch (words[i]) {
        case "--condition" -> profile.addConditionIds(words[++i].split(","));
        case "--finding" -> profile.addFindingIds(words[++i].split(","));
        case "--pain-weeks" -> profile.painWeeks(Integer.parseInt(words[++i]));
        case "--in-pain" -> profile.inPain(true);
        case "--width" -> i++;
        default -> { }
      }
    }
    return profile.build();
  }
}
