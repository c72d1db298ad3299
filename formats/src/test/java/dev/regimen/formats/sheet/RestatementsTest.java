package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether one text of a protocol says what another already says: the rules of {@link Restatements}. */
class RestatementsTest {
  // ---------------------------------------------------------------- words and clauses

  @Test
  void wordsAreInLowerCaseWithoutPunctuation() {
    assertThat(Restatements.words("Lie on your BACK, then breathe."))
        .containsExactly("lie", "on", "your", "back", "then", "breathe");
  }

  @Test
  void aLetterOutsideAsciiIsLowerCasedAsTheRootLocaleDoes() {
    assertThat(Restatements.words("ÉTIREZ la Cuisse")).containsExactly("étirez", "la", "cuisse");
    assertThat(Restatements.words("DİZ")).containsExactly("DİZ".toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void aCurlyApostropheIsReadAsAStraightOne() {
    assertThat(Restatements.words("Don\u2019t bounce")).containsExactly("don't", "bounce");
    assertThat(Restatements.words("DON\u2019T")).containsExactly("don't");
  }

  @Test
  void anApostropheOrAHyphenInsideAWordKeepsTheWordWhole() {
    assertThat(Restatements.words("the knee-to-chest stretch isn't hard"))
        .containsExactly("the", "knee-to-chest", "stretch", "isn't", "hard");
  }

  @Test
  void anApostropheOrAHyphenAtAWordsEdgeIsPunctuation() {
    assertThat(Restatements.clauses("'quoted' - and -dash"))
        .containsExactly(List.of("quoted"), List.of("and"), List.of("dash"));
  }

  @Test
  void digitsAndLettersOfOtherScriptsAreWords() {
    assertThat(Restatements.words("Hold 30 seconds, 三十 秒")).containsExactly("hold", "30", "seconds", "三十", "秒");
  }

  @Test
  void aTextBreaksIntoClausesAtEveryMarkOfPunctuation() {
    assertThat(Restatements.clauses("Sit up; breathe in, and hold (for five seconds)."))
        .containsExactly(
            List.of("sit", "up"),
            List.of("breathe", "in"),
            List.of("and", "hold"),
            List.of("for", "five", "seconds"));
  }

  @Test
  void aTextWithoutWordsHasNoClauses() {
    assertThat(Restatements.clauses(" ... !")).isEmpty();
    assertThat(Restatements.words("")).isEmpty();
  }

  @Test
  void aKeyIsTheWordsInOneStringWithABarBetweenClauses() {
    assertThat(Restatements.key("Sit up; breathe IN, and hold.", true)).isEqualTo("sit up|breathe in|and hold");
    assertThat(Restatements.key("Sit up; breathe IN, and hold.", false)).isEqualTo("sit up breathe in and hold");
    assertThat(Restatements.key("Don\u2019t ÉTIREZ, knee-to-CHEST", true)).isEqualTo("don't étirez|knee-to-chest");
    assertThat(Restatements.key(" ... ", true)).isEmpty();
  }

  @Test
  void aKeyHasTheWordsAndClausesOfTheText() {
    for (String text : List.of("Lie down. Then, slowly, lift ΣΟΦΟΣ-ΟΔΟΣ", "DİZ 'a' - b", "x\u2019Y;;z", "𝐀𝐁 c-d")) {
      List<String> clauses = new java.util.ArrayList<>();
      for (List<String> clause : Restatements.clauses(text)) {
        clauses.add(String.join(" ", clause));
      }
      assertThat(Restatements.key(text, true)).as(text).isEqualTo(String.join("|", clauses));
      assertThat(Restatements.key(text, false)).as(text).isEqualTo(String.join(" ", Restatements.words(text)));
    }
  }

  // ---------------------------------------------------------------- one text says another

  @Test
  void aPartIsSaidWhereItEndsAClauseOfTheText() {
    assertThat(Restatements.says("Until you feel a stretch in your lower back.", "a stretch in your lower back"))
        .isTrue();
  }

  @Test
  void aPartThatEndsInsideAClauseIsNotSaid() {
    assertThat(Restatements.says("Until you feel a stretch in your lower back.", "a stretch")).isFalse();
  }

  @Test
  void aPartThatAddsAWordIsNotSaid() {
    assertThat(Restatements.says("You feel a stretch in your back.", "a stretch in your lower back"))
        .isFalse();
  }

  @Test
  void aLeadingDeterminerOfThePartIsNotCompared() {
    assertThat(Restatements.says("Feel it in your thigh.", "this stretch in your thigh")).isFalse();
    assertThat(Restatements.says("Feel the stretch in your thigh.", "a stretch in your thigh")).isTrue();
    assertThat(Restatements.part("The back of your thigh").key()).isEqualTo("back of your thigh");
  }

  @Test
  void aPartOfOnlyADeterminerOrOfNoWordsIsNeverSaid() {
    assertThat(Restatements.says("Hold this.", "this")).isFalse();
    assertThat(Restatements.says("Hold.", "...")).isFalse();
  }

  @Test
  void aPartIsSaidInAnyLetterCaseAndWithACurlyApostrophe() {
    assertThat(Restatements.says("Bend your \u212Anee.", "your knee")).isTrue(); // a Kelvin sign
    assertThat(Restatements.says("FEEL IT IN YOUR HIP", "it in your hip")).isTrue();
    assertThat(Restatements.says("Keep your partner\u2019s hand.", "your partner's hand")).isTrue();
    assertThat(Restatements.says("Stretch your DİZ.", "your diz")).isFalse();
  }

  @Test
  void aPartReadOnceIsSaidAsTheTextIs() {
    Restatements.Part part = Restatements.part("a stretch in the back of your thigh");
    assertThat(Restatements.says("You should feel a stretch in the back of your thigh.", part)).isTrue();
    assertThat(Restatements.says("Feel the back of your thigh stretch.", part)).isFalse();
  }

  @Test
  void aTextContainsAPartWhateverTheCaseOfItsLetters() {
    assertThat(Restatements.containsIgnoreCase("Feel it in the HAMSTRINGS of the leg", "hamstrings")).isTrue();
    assertThat(Restatements.containsIgnoreCase("your lower back", "Lower Back")).isTrue();
    assertThat(Restatements.containsIgnoreCase("your lower back", "lower backs")).isFalse();
    assertThat(Restatements.containsIgnoreCase("ab", "")).isTrue();
    assertThat(Restatements.containsIgnoreCase("", "a")).isFalse();
  }

  @Test
  void aPartIsFoundWhereRegionMatchesFindsItOutsideAsciiToo() {
    // The Kelvin sign is a capital K to regionMatches, which the first-letter check must not skip.
    for (String[] c : new String[][] {{"\u212Anee", "knee"}, {"KNEE", "\u212Anee"}, {"ÉTIREZ", "étirez"},
        {"\u017Ftretch", "stretch"}, {"x1-2", "1-2"}, {"ΣΟΦΟΣ", "σοφος"}, {"D\u0131Z", "diz"},
        {"\u0130nto", "into"}, {"bAck to BaCK", "back"}, {"abab", "bab"}, {"xy", "xyz"}, {"Ab", "b"}}) {
      boolean expected = false;
      for (int i = 0; i + c[1].length() <= c[0].length(); i++) {
        expected |= c[0].regionMatches(true, i, c[1], 0, c[1].length());
      }
      assertThat(Restatements.containsIgnoreCase(c[0], c[1])).as(c[0] + " / " + c[1]).isEqualTo(expected);
    }
  }

  @Test
  void aTextMayHoldAWordOnlyWhenItHoldsItLetterCaseAside() {
    assertThat(Restatements.mayHoldWord("Feel it in the HAMSTRING of the raised leg", "hamstring")).isTrue();
    assertThat(Restatements.mayHoldWord("Feel it in your calf", "hamstring")).isFalse();
    // a word it cannot look for as it is (outside ASCII, or with an apostrophe) may be there
    assertThat(Restatements.mayHoldWord("Feel it in your calf", "gemeló")).isTrue();
    assertThat(Restatements.mayHoldWord("Feel it in your calf", "don't")).isTrue();
  }

  /**
   * Pieces of words: ASCII letters in both cases, and the characters outside ASCII whose lower
   * case (or whose case to {@code regionMatches}) is an ASCII letter or that a word may hold.
   */
  private static final List<String> WORD_PIECES =
      List.of("a", "K", "k", "s", "S", "i", "I", "e", "x", "\u212a", "\u017f", "\u0130", "\u0131", "\u00e9",
          "\u00c9", "\u0301", "'", "\u2019", "-", "1", " ", ".", ",", "\u00a0");

  @Test
  void aTextWhoseWordsHoldAWordMayHoldIt() {
    qt().withExamples(2_000)
        .withShrinkCycles(30)
        .forAll(lists().of(arbitrary().pick(WORD_PIECES)).ofSizeBetween(0, 30))
        .checkAssert(
            pieces -> {
              String text = String.join("", pieces);
              for (String word : Restatements.words(text)) {
                assertThat(Restatements.mayHoldWord(text, word)).as("'%s' in '%s'", word, text).isTrue();
              }
            });
  }

  // ---------------------------------------------------------------- sentences

  @Test
  void sentencesEndAtAFullStopQuestionOrExclamationMarkBeforeASpace() {
    assertThat(Restatements.sentences("Walk 1.5 km. Rest!  Ready? Go"))
        .containsExactly("Walk 1.5 km.", "Rest!", "Ready?", "Go");
  }

  @Test
  void aSentenceOfTheSameWordsIsASentenceOfTheText() {
    assertThat(Restatements.isASentenceOf("Lift your leg. Breathe and switch sides.", "breathe AND switch sides"))
        .isTrue();
    assertThat(Restatements.isASentenceOf("Lift your leg. Breathe and switch sides.", "Switch sides.")).isFalse();
    assertThat(Restatements.isASentenceOf("Lift your leg.", "!")).isFalse();
  }

  @Test
  void theStepsHaveASentenceWhenOneOfThemHasIt() {
    Restatements.Sentences steps =
        Restatements.Sentences.of(
            List.of(
                Step.of(StepPhase.SETUP, "Stand facing a bench."),
                Step.of("Lift your leg onto it. Hold it there."),
                Step.of(StepPhase.SWITCH_SIDES, "Breathe and switch sides.")));
    assertThat(steps.has("Hold it there.")).isTrue();
    assertThat(steps.has("Breathe and switch sides.")).isTrue();
    assertThat(steps.has("Stand facing a bench and lift your leg.")).isFalse();
    assertThat(steps.has("")).isFalse();
  }

  // ---------------------------------------------------------------- positions

  @Test
  void anInstructionRestatesAPositionThatDiffersOnlyByItsVerb() {
    assertThat(Restatements.restatesPosition("Sit up straight in a chair.", "Sitting up straight in a chair."))
        .isTrue();
    assertThat(Restatements.restatesPosition("Lie on your back.", "Lying on your back")).isTrue();
    assertThat(Restatements.restatesPosition("Sit up straight.", "Sitting up straight in a chair.")).isFalse();
    assertThat(Restatements.restatesPosition("Sit.", "Sitting.")).isFalse();
  }

  @Test
  void aParticipleIsTheVerbWithIngItsLastLetterDoubledItsIeAsYOrItsEDropped() {
    assertThat(Restatements.isParticipleOf("standing", "stand")).isTrue();
    assertThat(Restatements.isParticipleOf("sitting", "sit")).isTrue();
    assertThat(Restatements.isParticipleOf("lying", "lie")).isTrue();
    assertThat(Restatements.isParticipleOf("kneeling", "kneel")).isTrue();
    assertThat(Restatements.isParticipleOf("placing", "place")).isTrue();
    assertThat(Restatements.isParticipleOf("standing", "sit")).isFalse();
  }

  // ---------------------------------------------------------------- what the dose says already

  @Test
  void aSentenceOnlyCountsWhenItsNumbersAndSidesAreTheDosages() {
    String sentence = "Repeat this two to four times on one side, then repeat on the other.";
    Repetitions perSide = Repetitions.between(2, 4);
    assertThat(Restatements.onlyCounts(sentence, perSide, SideOrder.ONE_SIDE_THEN_OTHER)).isTrue();
    assertThat(Restatements.onlyCounts(sentence, Repetitions.between(2, 3), SideOrder.ONE_SIDE_THEN_OTHER))
        .isFalse();
    assertThat(Restatements.onlyCounts(sentence, perSide, SideOrder.ALTERNATING)).isFalse();
    assertThat(Restatements.onlyCounts("Repeat each stretch 2 or 3 times.", Repetitions.between(2, 3), SideOrder.BOTH_AT_ONCE))
        .isTrue();
    assertThat(Restatements.onlyCounts("Repeat slowly three times.", Repetitions.exactly(3), SideOrder.BOTH_AT_ONCE))
        .isFalse();
  }

  @Test
  void aSentenceOnlySaysNoNumberWhenTheSheetSaysEachOfThemAlready() {
    String sentence = "The article gives no hold time and no number of repetitions.";
    assertThat(Restatements.onlySaysNoNumber(sentence, true, true)).isTrue();
    assertThat(Restatements.onlySaysNoNumber(sentence, true, false)).isFalse();
    assertThat(Restatements.onlySaysNoNumber("The article gives no hold time.", true, false)).isTrue();
    assertThat(Restatements.onlySaysNoNumber("The article gives no reason.", true, true)).isFalse();
  }
}
