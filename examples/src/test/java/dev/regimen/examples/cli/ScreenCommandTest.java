package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.examples.Fixtures;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenCommandTest {
  private static final Protocol L5_S1 = Catalog.l5s1Relief();

  /** The options of the profile the formats module's extruded-disc golden files were made for. */
  private static final String[] EXTRUDED_DISC = {
    "--condition", "herniated-disc", "--finding", "disc-extruded-onto-nerve", "--pain-weeks", "6"
  };

  /** The options of the profile the formats module's herniated-disc golden files were made for. */
  private static final String[] HERNIATED_DISC = {
    "--condition", "herniated-disc", "--pain-weeks", "1", "--in-pain"
  };

  @TempDir Path dir;

  @Test
  void anExtrudedDiscPrintsTheFormatsGoldenSheet() throws Exception {
    Cli.Result result = Cli.run(with(EXTRUDED_DISC, "screen", "--builtin", "l5-s1"));

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.screening.extruded-disc.txt"));
  }

  @Test
  void langEsPrintsTheScreeningSheetInSpanishExactlyAsTheFormatsSpanishGolden() throws Exception {
    Cli.Result result = Cli.run(with(HERNIATED_DISC, "screen", "--lang", "es"));

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.screening.herniated-disc.es.txt"));
  }

  @Test
  void langEsIsRefusedWithJsonWhoseDocumentItWouldNotChange() {
    Cli.Result result = Cli.run(with(HERNIATED_DISC, "screen", "--lang", "es", "--format", "json"));

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("--lang is for sheets (text, markdown, html, pdf), not for --format json");
  }

  @Test
  void aHerniatedDiscPrintsTheFormatsGoldenSheet() throws Exception {
    Cli.Result result = Cli.run(with(HERNIATED_DISC, "screen"));

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.screening.herniated-disc.txt"));
  }

  @Test
  void aHerniatedDiscPrintsTheFormatsGoldenMarkdownSheet() throws Exception {
    Cli.Result result = Cli.run(with(HERNIATED_DISC, "screen", "--format", "markdown"));

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.screening.herniated-disc.md"));
  }

  @Test
  void anExtrudedDiscPrintsTheFormatsGoldenReportDocumentWhichReadsBackAsTheReport()
      throws Exception {
    Cli.Result result = Cli.run(with(EXTRUDED_DISC, "screen", "--format", "json"));

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.screening.extruded-disc.json"));
    PatientProfile profile = PatientProfile.builder()
        .addConditionIds("herniated-disc")
        .addFindingIds("disc-extruded-onto-nerve")
        .painWeeks(6)
        .build();
    assertThat(RegimenJson.defaults().readScreeningReport(result.out()))
        .isEqualTo(Screening.screen(L5_S1, profile));
  }

  /** Every option reaches the profile and the layout, and every safety notice is printed. */
  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "--condition herniated-disc",
    "--condition herniated-disc --finding disc-extruded-onto-nerve --pain-weeks 6 --in-pain",
    "--condition muscle-injury,joint-damage --pain-weeks 1 --no-in-pain",
    "--condition herniated-disc --in-pain --ascii --width 40"
  })
  void printsTheSheetOfTheScreeningForTheGivenPersonWithEveryAdvisory(String options) {
    List<String> args = new ArrayList<>(List.of("screen"));
    if (!options.isEmpty()) {
      args.addAll(List.of(options.split(" ")));
    }
    Cli.Result result = Cli.run(args.toArray(new String[0]));

    boolean ascii = options.contains("--ascii");
    int width = ascii ? 40 : SheetOptions.DEFAULT_WIDTH;
    String expected = TextSheet.of(SheetOptions.builder().asciiOnly(ascii).width(width).build())
        .render(Screening.screen(L5_S1, profileOf(options)));
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(expected);
    assertThat(result.outLines()).allMatch(line -> TextSheet.displayWidth(line) <= width);
    if (ascii) {
      assertThat(result.out().chars()).allMatch(c -> c < 0x80);
    } else {
      for (Advisory advisory : L5_S1.advisories()) {
        assertThat(result.out()).contains(advisory.name());
      }
    }
  }

  @Test
  void painOfThreeWeeksSendsThePersonToASpecialistAndSaysWhy() {
    Cli.Result result = Cli.run("screen", "--pain-weeks", "3", "--width", "200");
    assertThat(result.out())
        .contains("• See a specialist if the pain persists")
        .contains(
            "Why it applies: Your pain has lasted 3 weeks: it applies if your pain has lasted"
                + " 2 weeks or more.");
  }

  @Test
  void anUnknownConditionIdIsSaidClearlyOnTheSheetAndAsAWarning() {
    Cli.Result result = Cli.run("screen", "--condition", "herniated-disk", "--width", "200");

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .contains("Conditions: “herniated-disk” (not known to this routine)")
        .contains("A condition this routine knows nothing about: “herniated-disk”");
    assertThat(result.errLines())
        .containsExactly("regimen screen: warning: unknown condition id 'herniated-disk', not judged;"
            + " the protocol's conditions: age-related-cartilage-loss, herniated-disc, joint-damage,"
            + " muscle-injury");
  }

  @Test
  void aFindingOfNoGivenConditionIsSaidClearlyOnTheSheetAndAsAWarning() {
    Cli.Result result = Cli.run("screen", "--finding", "disc-extruded-onto-nerve", "--width", "200");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("A finding that belongs to none of your conditions in this"
        + " routine: Disc extruded onto the nerve");
    assertThat(result.errLines()).containsExactly("regimen screen: warning: finding id"
        + " 'disc-extruded-onto-nerve' is not a finding of any condition given, not judged");
  }

  @Test
  void theWarningsAreGivenWhateverTheFormat() {
    Cli.Result result = Cli.run("screen", "--condition", "herniated-disk", "--format", "json");

    assertThat(result.status()).isZero();
    assertThat(result.errLines()).singleElement().asString()
        .startsWith("regimen screen: warning: unknown condition id 'herniated-disk'");
    assertThat(RegimenJson.defaults().readScreeningReport(result.out()).unknownConditionIds())
        .containsExactly("herniated-disk");
  }

  @Test
  void anIdThatIsNoSlugIsWrongUsage() {
    Cli.Result result = Cli.run("screen", "--condition", "Herniated Disc");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString()
        .startsWith("regimen screen: invalid value for option '--condition': must be a lowercase slug")
        .contains("was 'Herniated Disc'");
  }

  @Test
  void screensAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("tiny.json"), Fixtures.TINY_PROTOCOL);
    Cli.Result result = Cli.run("screen", file.toString(), "--width", "60");
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(TextSheet.of(SheetOptions.builder().width(60).build())
        .render(Screening.screen(RegimenJson.defaults().readProtocol(Fixtures.TINY_PROTOCOL),
            PatientProfile.builder().build())));
    assertThat(result.out()).contains("Cat-Cow");
  }

  /** {@return the command's words followed by a profile's options} */
  private static String[] with(String[] profile, String... command) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(profile));
    return all.toArray(new String[0]);
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
        case "--no-in-pain" -> profile.inPain(false);
        case "--width" -> i++;
        default -> { }
      }
    }
    return profile.build();
  }
}
