package dev.regimen.core.catalog;

import dev.regimen.core.testing.ApiWalk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.source.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Checks the L5-S1 routine against the article it comes from (a copy of the seed text in the test
 * resources): what the routine presents as the article's words is there word for word, every
 * quote is attributed and cited, and no page furniture slipped in.
 */
class L5S1ReliefFidelityTest {
  private static final Protocol PROTOCOL = Catalog.l5s1Relief();
  private static final String ARTICLE = normalise(readArticle());

  private static String readArticle() {
    try (InputStream in = L5S1ReliefFidelityTest.class.getResourceAsStream("l5-s1-article.txt")) {
      assertThat(in).as("test resource l5-s1-article.txt").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read l5-s1-article.txt", e);
    }
  }

  /**
   * Compares wording, not typography: typographic apostrophes become plain ones (the model writes
   * plain ones), runs of white space one space, and case is ignored (a sentence cut from the
   * middle of the article starts with a capital in the model).
   */
  private static String normalise(String text) {
    return text.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static void assertInArticle(String what, String text) {
    assertThat(ARTICLE).as(what + " is the article's wording").contains(normalise(text));
  }

  private static List<Quote> everyQuote() {
    List<Quote> quotes = new ArrayList<>();
    for (Exercise exercise : PROTOCOL.exercises()) {
      quotes.addAll(exercise.quotes());
      exercise.contraindications().forEach(c -> c.quote().ifPresent(quotes::add));
    }
    PROTOCOL.advisories().forEach(a -> quotes.addAll(a.quotes()));
    PROTOCOL.recommendations().forEach(r -> quotes.addAll(r.quotes()));
    return quotes;
  }

  @Test
  void theArticleCopyIsTheSeedText() {
    assertThat(ARTICLE).contains("david wells-roth, md, a neurosurgeon specializing");
    assertThat(ARTICLE).contains("next up video playing in 10 seconds");
  }

  @Test
  void everyStepIsTheArticlesWording() {
    for (Exercise exercise : PROTOCOL.exercises()) {
      for (Step step : exercise.steps()) {
        assertInArticle(exercise.id() + " step", step.text());
      }
    }
  }

  @Test
  void everyHoldKeepsTheArticlesWording() {
    for (Exercise exercise : PROTOCOL.exercises()) {
      for (Step step : exercise.steps()) {
        step.hold()
            .ifPresent(h -> assertInArticle(exercise.id() + " hold", h.wording().orElseThrow()));
      }
    }
  }

  @Test
  void everyModificationInstructionIsTheArticlesWording() {
    for (Exercise exercise : PROTOCOL.exercises()) {
      for (Modification modification : exercise.modifications()) {
        assertInArticle(exercise.id() + " modification", modification.instruction());
      }
    }
  }

  @Test
  void everyDosageNoteOpensWithTheArticlesWording() {
    for (ProtocolEntry entry : PROTOCOL.entries()) {
      String notes = entry.dosage().notes().orElseThrow();
      String firstSentence = notes.substring(0, notes.indexOf('.') + 1);
      assertInArticle(entry.exercise().id() + " dosage notes", firstSentence);
    }
  }

  @Test
  void everyQuoteIsTheArticlesWordingAttributedToDrWellsRothAndCited() {
    List<Quote> quotes = everyQuote();
    assertThat(quotes).hasSize(7);
    for (Quote quote : quotes) {
      assertInArticle("quote", quote.text());
      assertThat(quote.speaker()).isEqualTo(PROTOCOL.sources().get(0).experts().get(0));
      assertThat(quote.sourceId()).contains("l5-s1-article");
    }
  }

  @Test
  void everyContraindicationAdvisoryAndRecommendationCitesTheArticle() {
    for (Exercise exercise : PROTOCOL.exercises()) {
      for (Contraindication c : exercise.contraindications()) {
        assertThat(c.sourceIds()).as(exercise.id()).containsExactly("l5-s1-article");
      }
    }
    for (Advisory a : PROTOCOL.advisories()) {
      assertThat(a.sourceIds()).as(a.id()).containsExactly("l5-s1-article");
    }
    for (Recommendation r : PROTOCOL.recommendations()) {
      assertThat(r.sourceIds()).as(r.id()).containsExactly("l5-s1-article");
    }
  }

  @Test
  void everyTakeawayIsTheArticlesWording() {
    assertThat(PROTOCOL.takeaways()).hasSize(3);
    PROTOCOL.takeaways().forEach(t -> assertInArticle("takeaway", t));
  }

  @Test
  void nothingInTheRoutineIsVideoPageFurniture() {
    // every text the protocol hands out, anywhere in it
    String everything = String.join("\n", ApiWalk.texts(PROTOCOL));
    assertThat(everything).contains("Breathe and switch sides.");
    assertThat(everything).doesNotContainIgnoringCase("Next up video");
    assertThat(everything).doesNotContainIgnoringCase("playing in 10 seconds");
    assertThat(everything).doesNotContain("Standing Hurdlers Stretch");
  }
}
