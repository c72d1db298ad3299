package dev.regimen.catalog.freeexercisedb;

import dev.regimen.core.safety.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the safety notes in words among an instruction's sentences, by a rule derived from the
 * dataset and kept to what is plainly about safety: a sentence is a caution when it is labelled
 * one ("Caution: ...", "Use caution ..."), warns against the exercise for a condition ("Avoid this
 * position if you have knee problems"), or names harm to the person: an injury ("to avoid
 * injury", "can injure the back"), a strain, undue stress on a joint, a fall or a trip, something
 * falling on the person, "for safety purposes", or what a way of doing it protects ("to protect
 * your rotator cuff"). Form cues that name no harm ("Do not swing the arms") are not cautions.
 * Consecutive caution sentences of one instruction make one caution. Stateless and thread-safe.
 */
final class CautionRule {
  private CautionRule() {}

  /** A caution found: its text (as the sentences say it, label removed) and severity. */
  record Found(String text, String sentences, Severity severity) {}

  private static final Pattern CAUTION =
      Pattern.compile(
          String.join(
              "|",
              "^\\(?\\s*caution\\s*:",
              "\\buse\\s+caution\\b",
              "\\bif\\s+you\\s+have\\b[^.]*\\b(?:problems?|injur\\w*|pain|conditions?)\\b",
              "\\binjur(?:y|ies|e|ed|ing)\\b",
              "\\bstrain(?:s|ing|ed)?\\b",
              "\\bundue\\s+stress\\b",
              "\\bfall(?:ing|s)?\\s+(?:on|onto)\\s+(?:you|your)\\b",
              "\\b(?:don't|do\\s+not)\\s+(?:fall|trip)\\b",
              "\\bavoid\\s+falling\\b",
              "\\bfor\\s+safety\\s+purposes\\b",
              "\\bprotect\\s+(?:your|the)\\s+\\w+"),
          Pattern.CASE_INSENSITIVE);

  /** A warning against the exercise for a condition: severity avoid. */
  private static final Pattern AVOID =
      Pattern.compile(
          "^(?:avoid|do\\s+not|don't)\\b.*\\bif\\s+you\\s+have\\b", Pattern.CASE_INSENSITIVE);

  /** A label that a caution does not repeat. */
  private static final Pattern LABEL =
      Pattern.compile("^\\(?\\s*(?:caution|tip|note|important)\\s*:\\s*", Pattern.CASE_INSENSITIVE);

  /** The end of a sentence: after . ! or ?, before white space and a capital, a parenthesis or a quote. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"])");

  /**
   * The cautions of one instruction.
   *
   * @param instruction the instruction's text
   * @return the cautions, in the order of the text; empty when there is none
   */
  static List<Found> find(String instruction) {
    List<Found> found = new ArrayList<>();
    StringBuilder run = null;
    for (String sentence : SENTENCE_END.split(instruction.strip())) {
      if (CAUTION.matcher(sentence).find()) {
        run = run == null ? new StringBuilder(sentence) : run.append(' ').append(sentence);
      } else if (run != null) {
        found.add(found(run.toString()));
        run = null;
      }
    }
    if (run != null) {
      found.add(found(run.toString()));
    }
    return found;
  }

  private static Found found(String sentences) {
    String text = LABEL.matcher(sentences).replaceFirst("");
    if (text.startsWith("(") && text.endsWith(")") && text.indexOf(')') == text.length() - 1) {
      text = text.substring(1, text.length() - 1);
    }
    text = text.strip();
    if (!text.isEmpty()) {
      text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
    Severity severity = AVOID.matcher(text).find() ? Severity.AVOID : Severity.CAUTION;
    return new Found(text, sentences, severity);
  }
}
