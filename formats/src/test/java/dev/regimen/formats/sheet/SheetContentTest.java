package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.Sheets.exercise;
import static dev.regimen.formats.sheet.Sheets.line;
import static dev.regimen.formats.sheet.Sheets.protocol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the text sheet of a protocol says, line by line, for the parts the bundled protocol does
 * not reach: lists of three, progressions, frequencies of a whole week, hold wordings and sources.
 */
class SheetContentTest {
  private static final TextSheet WIDE =
      TextSheet.of(SheetOptions.builder().width(SheetOptions.MAX_WIDTH).build());

  private static String wide(Protocol p) {
    return WIDE.render(p);
  }

  private static Protocol protocolOf(Exercise e) {
    return protocol(e, Dosage.builder().build()).build();
  }

  // ------------------------------------------------------------------------ what it is for

  @Test
  void threeTargetSegmentsAreListedWithCommasAndAnAnd() {
    Protocol p =
        protocol(exercise("Stretch").build(), Dosage.builder().build())
            .targetSegments(
                List.of(
                    SpinalSegment.parse("L3-L4"),
                    SpinalSegment.parse("L4-L5"),
                    SpinalSegment.parse("L5-S1")))
            .build();

    assertThat(line(p, "For pain at:", false))
        .isEqualTo("For pain at: L3-L4, L4-L5 and L5-S1 (lumbosacral joint)");
  }

  // ------------------------------------------------------------------------ exercises

  @Test
  void threePiecesOfEquipmentAreListedWithCommasAndAnAnd() {
    Protocol p = protocolOf(exercise("Stretch").equipment(List.of("a mat", "a towel", "a chair")).build());

    assertThat(line(p, "You need:", false)).isEqualTo("You need: a mat, a towel and a chair");
  }

  @Test
  void sensationsNameInBracketsOnlyTheAreasTheirDescriptionDoesNotName() {
    Protocol p =
        protocolOf(
            exercise("Stretch")
                .sensations(
                    List.of(
                        Sensation.of(
                            "A gentle pull", BodyArea.HAMSTRINGS, BodyArea.CALVES, BodyArea.GLUTES),
                        Sensation.of(
                            "a stretch in your Hamstrings", BodyArea.HAMSTRINGS, BodyArea.CALVES),
                        Sensation.of("a stretch in your glutes and groin", BodyArea.GLUTES, BodyArea.GROIN)))
                .build());

    assertThat(wide(p))
        .contains(
            "\nWhat you should feel:\n"
                + "  \u2022 A gentle pull (hamstrings, calves and glutes)\n"
                + "  \u2022 A stretch in your Hamstrings (calves)\n"
                + "  \u2022 A stretch in your glutes and groin\n");
  }

  @Test
  void progressionsSayWhichWayTheyGoWhatToDoAndWhenToSwitch() {
    Protocol p =
        protocolOf(
            exercise("Stretch")
                .progressions(
                    List.of(
                        Progression.builder()
                            .direction(ProgressionDirection.EASIER)
                            .name("Bent-knee stretch")
                            .instruction("Keep both knees bent.")
                            .sign("the stretch hurts")
                            .build(),
                        Progression.builder()
                            .direction(ProgressionDirection.HARDER)
                            .name("Standing stretch")
                            .sign("the stretch feels easy for a week")
                            .build()))
                .build());

    assertThat(wide(p))
        .contains(
            "How much: Do it once.\n"
                + "\n"
                + "Easier and harder versions:\n"
                + "  \u2022 Easier: Bent-knee stretch. Keep both knees bent.\n"
                + "    When to switch: the stretch hurts\n"
                + "  \u2022 Harder: Standing stretch.\n"
                + "    When to switch: the stretch feels easy for a week\n");
    assertThat(MarkdownSheet.withDefaults().render(p))
        .contains(
            "**Easier and harder versions:**\n"
                + "\n"
                + "- **Easier:** **Bent-knee stretch**. Keep both knees bent.\\\n"
                + "  When to switch: the stretch hurts\n"
                + "- **Harder:** **Standing stretch**.\\\n"
                + "  When to switch: the stretch feels easy for a week\n");
  }

  // ------------------------------------------------------------------------ dosage

  @Test
  void sevenDaysAWeekIsEveryDayButSevenTimesADayIsNot() {
    assertThat(often(Frequency.daysPerWeek(7, 7))).isEqualTo("How often: every day.");
    assertThat(often(Frequency.daysPerWeek(6, 6))).isEqualTo("How often: 6 days a week.");
    assertThat(often(Frequency.timesPerDay(7))).isEqualTo("How often: 7 times a day.");
  }

  private static String often(Frequency f) {
    return line(protocol(Dosage.builder().frequency(f).build()), "How often:", false);
  }

  @Test
  void aHoldWordingThatIsJustTheVerbIsNotRepeated() {
    assertThat(howMuch("Hold")).isEqualTo("How much: Hold. Do it once.");
    assertThat(howMuch("pause")).isEqualTo("How much: Pause. Do it once.");
  }

  @Test
  void aHoldWordingThatOnlyBeginsWithTheLettersOfForGetsHoldFor() {
    assertThat(howMuch("forty seconds")).isEqualTo("How much: Hold for forty seconds. Do it once.");
    assertThat(howMuch("for a slow count of ten"))
        .isEqualTo("How much: Hold for a slow count of ten. Do it once.");
  }

  @Test
  void aHoldWordingEndingInAFullStopAndSpacesGetsNoSecondFullStop() {
    assertThat(howMuch("30 seconds.  ")).isEqualTo("How much: Hold 30 seconds. Do it once.");
  }

  @Test
  void protocolTextWithSpacesAroundItGetsNoSpaceBeforeTheSheetsPunctuation() {
    assertThat(howMuch("about 30 seconds ")).isEqualTo("How much: Hold about 30 seconds. Do it once.");
    Protocol p =
        protocolOf(
            exercise("Stretch")
                .addQuotes(Quote.of(" Breathe out slowly. ", Person.named(" Jane Doe ")))
                .build());

    assertThat(wide(p)).contains("\n  \u201CBreathe out slowly.\u201D \u2014 Jane Doe\n");
    assertThat(MarkdownSheet.withDefaults().render(p))
        .contains("\n> \u201CBreathe out slowly.\u201D \u2014 Jane Doe\n");
  }

  private static String howMuch(String wording) {
    Hold hold = Hold.builder().seconds(30).wording(wording).build();
    return line(protocol(Dosage.builder().hold(hold).build()), "How much:", false);
  }

  // ------------------------------------------------------------------------ sources

  @Test
  void aSourceWithAuthorPublisherAndLinkListsThemAllAndSourcesAreSeparatedByABlankLine() {
    Protocol p =
        protocol(exercise("Stretch").build(), Dosage.builder().build())
            .addSources(
                Source.builder()
                    .id("guide")
                    .name("Back care guide")
                    .author("Ana Ruiz")
                    .publisher("Spine Press")
                    .link(URI.create("https://example.org/guide"))
                    .build(),
                Source.builder().id("leaflet").name("Clinic leaflet").build())
            .build();

    assertThat(wide(p))
        .endsWith(
            "SOURCES\n"
                + "\u2550".repeat(7) + "\n"
                + "  1. Back care guide\n"
                + "     By Ana Ruiz\n"
                + "     Published by Spine Press\n"
                + "     https://example.org/guide\n"
                + "\n"
                + "  2. Clinic leaflet\n");
  }
}
