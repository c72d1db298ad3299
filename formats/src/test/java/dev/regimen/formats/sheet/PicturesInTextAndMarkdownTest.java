package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.media.Media;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.testing.Generators;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text and Markdown sheets show no pictures: a picture's URI, alt text and caption never appear,
 * and a protocol's sheet is the same with its media or without them. (Pictures are for the outputs
 * that carry them inside the file: HTML and the PDF made from it.)
 */
class PicturesInTextAndMarkdownTest {
  private static final List<SheetRenderer> TEXT_AND_MARKDOWN =
      List.of(TextSheet.defaults(), MarkdownSheet.defaults());

  private static final Protocol L5S1 = Catalog.l5s1Relief();

  /** The L5-S1 protocol with, besides its drawings, a web picture and a captioned step picture. */
  private static Protocol withMorePictures() {
    List<ProtocolEntry> entries = new ArrayList<>(L5S1.entries());
    Exercise e = entries.get(1).exercise();
    List<Step> steps = new ArrayList<>(e.steps());
    steps.set(
        1,
        steps.get(1).toBuilder()
            .addMedia(
                Media.builder()
                    .uri(URI.create("pictures/knee%20pull.jpg"))
                    .mediaType("image/jpeg")
                    .altText("Both hands pulling one knee in")
                    .role(MediaRole.MID_POSITION)
                    .caption("Pull gently")
                    .build())
            .build());
    Exercise pictured =
        e.toBuilder()
            .addMedia(
                Media.image(
                    URI.create("https://clinic.example/knee.png"), "image/png", "A knee, from a web site",
                    MediaRole.ILLUSTRATION))
            .steps(steps)
            .build();
    entries.set(1, entries.get(1).toBuilder().exercise(pictured).build());
    return L5S1.toBuilder().entries(entries).build();
  }

  /** {@return the protocol with every media of its exercises and steps taken away} */
  private static Protocol withoutMedia(Protocol p) {
    List<ProtocolEntry> entries = new ArrayList<>();
    for (ProtocolEntry entry : p.entries()) {
      List<Step> steps = new ArrayList<>();
      for (Step step : entry.exercise().steps()) {
        steps.add(step.toBuilder().media(List.of()).build());
      }
      Exercise bare = entry.exercise().toBuilder().media(List.of()).steps(steps).build();
      entries.add(entry.toBuilder().exercise(bare).build());
    }
    return p.toBuilder().entries(entries).build();
  }

  @Test
  void textAndMarkdownSheetsLeaveEveryPictureOut() {
    Protocol p = withMorePictures();
    for (SheetRenderer sheet : TEXT_AND_MARKDOWN) {
      String page = sheet.render(p);
      for (Exercise e : p.exercises()) {
        List<Media> media = new ArrayList<>(e.media());
        e.steps().forEach(s -> media.addAll(s.media()));
        for (Media m : media) {
          assertThat(page).as("%s, %s", sheet, m.uri()).doesNotContain(m.uri().toString(), m.altText());
          m.caption().ifPresent(c -> assertThat(page).doesNotContain(c));
        }
      }
      assertThat(page).doesNotContain("![", "l5-s1-relief/", ".png", ".jpg");
      assertThat(page).isEqualTo(sheet.render(L5S1)).isEqualTo(sheet.render(withoutMedia(L5S1)));
      // and so the screening sheets
      PatientProfile herniatedDisc = PatientProfile.builder().addConditionIds("herniated-disc").build();
      assertThat(sheet.render(Screening.screen(p, herniatedDisc)))
          .isEqualTo(sheet.render(Screening.screen(withoutMedia(p), herniatedDisc)));
    }
  }

  @Test
  void aProtocolsTextAndMarkdownSheetsAreTheSameWithItsMediaOrWithout() {
    qt().withExamples(60)
        .forAll(Generators.protocols())
        .checkAssert(
            p -> {
              for (SheetRenderer sheet : TEXT_AND_MARKDOWN) {
                assertThat(sheet.render(p)).isEqualTo(sheet.render(withoutMedia(p)));
              }
            });
  }
}
