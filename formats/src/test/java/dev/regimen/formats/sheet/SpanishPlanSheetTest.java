package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CueKind;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.Generators;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The session plan's sheet in Spanish, for any protocol. */
class SpanishPlanSheetTest {
  private static final SheetOptions SPANISH =
      SheetOptions.builder().locale(Locale.forLanguageTag("es")).build();

  @Test
  void everyCueTheExpansionWritesIsSaidInSpanishButWork() {
    qt().withExamples(150)
        .forAll(Generators.protocols())
        .checkAssert(
            protocol -> {
              Optional<SessionPlan> plan = SessionTime.length(protocol).map(length -> SessionPlan.of(protocol));
              if (plan.isEmpty()) {
                return;
              }
              for (Cue cue : plan.get().cues()) {
                if (cue.kind() != CueKind.WORK) {
                  assertThat(CueWording.say(cue, SheetWording.SPANISH)).as(cue.text()).isPresent();
                }
              }
            });
  }

  @Test
  void theSpanishSheetKeepsEveryStepOfTheProtocolAndWordsNoCueInEnglish() {
    qt().withExamples(60)
        .forAll(Generators.protocols())
        .checkAssert(
            protocol -> {
              Optional<SessionPlan> plan = SessionTime.length(protocol).map(length -> SessionPlan.of(protocol));
              if (plan.isEmpty() || plan.get().cues().size() > 2_000) {
                return;
              }
              String sheet = TextSheet.of(SPANISH.withWidth(500)).render(plan.get());
              assertThat(sheet).doesNotContain("Get ready: ", "Rest for ", "Switch sides.", " Next: ");
              String html = HtmlSheet.of(SPANISH).render(plan.get());
              assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\" xml:lang=\"es\">");
            });
  }

  @Test
  void aCueWithWordsOfItsOwnIsShownAsItIs() {
    SessionPlan plan = SessionPlan.of(dev.regimen.core.catalog.Catalog.l5s1Relief());
    Cue first = plan.cues().get(0);
    java.util.List<Cue> cues = new java.util.ArrayList<>(plan.cues());
    cues.set(0, first.toBuilder().text("Breathe in, then begin.").build());
    SessionPlan changed = plan.toBuilder().cues(cues).build();
    String sheet = TextSheet.of(SPANISH).render(changed);
    assertThat(sheet).contains("0:00  Breathe in, then begin. — 10 s");
  }
}
