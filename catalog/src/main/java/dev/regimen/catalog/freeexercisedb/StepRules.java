package dev.regimen.catalog.freeexercisedb;

import dev.regimen.core.exercise.StepPhase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that give the dataset's instructions their {@link StepPhase}s, derived from the 873
 * exercises of the dataset and kept conservative: where no rule applies, a step is a {@link
 * StepPhase#REPETITION} step, as the dataset's own order suggests. See {@code docs/catalog.md},
 * "The phase rule". Stateless and thread-safe.
 *
 * <ol>
 *   <li><b>Set-up.</b> The first instruction that declares the starting position ("This will be
 *       your starting position", "This is the starting position", 549 exercises) ends the set-up:
 *       it and every instruction before it are {@link StepPhase#SETUP} steps, when at least one
 *       instruction follows it. When the declaring instruction goes on with more than a remark
 *       ("Tip: ...", "Note: ...", "(Note: ...", "Caution: ...") and the rest is at least two words,
 *       it is split after the declaration: the rest is the first repetition step.
 *   <li><b>Restatements of the dosage.</b> An instruction after the set-up that only says to do
 *       the prescribed number ("Repeat for the recommended amount of repetitions.", "Repeat.",
 *       304 of them) is dropped: the protocol's dosage says how many, and a timed plan would
 *       otherwise say it in every repetition. Anything more ("... and switch arms", "Repeat to
 *       failure.", "Continue alternating ...") keeps the instruction.
 *   <li><b>Switching sides.</b> A last instruction that only says to switch sides ("Switch arms
 *       and repeat the movement.", "Repeat on the other side.", "Repeat for the recommended amount
 *       of repetitions and switch arms.") is a {@link StepPhase#SWITCH_SIDES} step: a plan says it
 *       where it switches sides, and never for an exercise done on both sides at once.
 * </ol>
 */
final class StepRules {
  private StepRules() {}

  /** The declaration of the starting position. */
  static final Pattern DECLARATION =
      Pattern.compile(
          "\\b(?:(?:this|that|it)\\s+(?:will\\s+be|is|'s|becomes)\\s+(?:your|the)|this\\s+the)\\s+"
              + "start(?:ing)?\\s+position"
              + "(?:\\s+(?:of|for)\\s+(?:the|this)\\s+(?:exercise|movement|lift))?\\s*[.!]?",
          Pattern.CASE_INSENSITIVE);

  /** A remark that may follow the declaration in the same instruction and stays with it. */
  private static final Pattern REMARK =
      Pattern.compile("^\\(?\\s*(?:tip|note|caution|important)\\b", Pattern.CASE_INSENSITIVE);

  /** The words "do the prescribed number", without the end of the sentence. */
  private static final String RESTATEMENT_CORE =
      "(?:(?:then,?\\s+)?(?:repeat|perform|continue|do)"
          + "(?:\\s+(?:the|this)\\s+(?:same\\s+)?(?:movement|motion|exercise|series\\s+of\\s+movements))?"
          + "\\s+(?:for|until)\\s+(?:you\\s+have\\s+(?:performed|completed|done)\\s+)?(?:all\\s+of\\s+)?"
          + "(?:the|your)\\s+(?:recommended|prescribed|desired|specified|set)\\s+"
          + "(?:(?:amount|number)\\s+of\\s+)?(?:repetitions|reps|times|sets)"
          + "(?:\\s+(?:is|are|have\\s+been)\\s+(?:performed|completed|done))?"
          + "(?:\\s+(?:prescribed\\s+)?in\\s+your\\s+(?:training\\s+)?program"
          + "|\\s+of\\s+your\\s+training\\s+program)?"
          + "|repeat\\s+the\\s+recommended\\s+amount\\s+of\\s+repetitions"
          + "|perform\\s+the\\s+amount\\s+of\\s+repetitions\\s+prescribed\\s+in\\s+(?:the|your)\\s+program)";

  /** An instruction that only restates the dosage. */
  static final Pattern RESTATEMENT =
      Pattern.compile("^(?:" + RESTATEMENT_CORE + "|repeat)\\s*[.!]?$", Pattern.CASE_INSENSITIVE);

  private static final String LIMB = "(?:side|arm|leg|hand|foot|knee)";

  /** A last instruction that only says to switch sides. */
  static final Pattern SWITCH =
      Pattern.compile(
          "^(?:"
              // Switch arms and repeat the movement. / Switch sides. / Switch legs and repeat ...
              + "(?:then,?\\s+)?(?:switch|change)\\s+(?:arms|sides|legs|hands|knees|feet)(?:\\s+again)?"
              + "(?:\\s+and\\s+repeat(?:\\s+again)?(?:\\s+the\\s+(?:movement|movements|exercise))?"
              + "(?:\\s+(?:for|on|with)\\s+the\\s+(?:other|opposite)\\s+" + LIMB + ")?)?"
              // Repeat on the other side. / Repeat the movement with the opposite leg.
              + "|(?:now\\s+|then,?\\s+)?repeat\\s+(?:the\\s+(?:same\\s+)?(?:movement|sequence|exercise)\\s+)?"
              + "(?:on|with|for)\\s+(?:the|your)\\s+(?:other|opposite)\\s+" + LIMB
              // Then, reposition and repeat the same series of movements on the opposite side.
              + "|then,?\\s+reposition\\s+and\\s+repeat\\s+the\\s+same\\s+series\\s+of\\s+movements"
              + "\\s+on\\s+the\\s+(?:other|opposite)\\s+" + LIMB
              // Repeat for the recommended amount of repetitions and (then) switch arms.
              + "|" + RESTATEMENT_CORE + ",?\\s+and\\s+(?:then\\s+)?(?:"
              + "switch\\s+(?:arms|sides|legs|hands)"
              + "|switch\\s+to\\s+the\\s+(?:other|opposite)\\s+" + LIMB
              + "|change\\s+hands"
              + "|(?:repeat|perform)\\s+the\\s+(?:same\\s+)?movement\\s+with\\s+the\\s+(?:other|opposite|next)\\s+" + LIMB
              + ")"
              + ")\\s*[.!]?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Where the set-up ends in an instruction: the index just after its declaration of the starting
   * position, or -1 when it has none.
   */
  static int declarationEnd(String instruction) {
    Matcher m = DECLARATION.matcher(instruction);
    return m.find() ? m.end() : -1;
  }

  /**
   * Whether the text after a declaration is movement that starts the repetition: not a remark,
   * and at least two words (a stray letter stays where it is).
   */
  static boolean restStartsTheMovement(String rest) {
    String r = rest.strip();
    return !r.isEmpty() && !REMARK.matcher(r).find() && r.split("\\s+").length >= 2;
  }

  /** {@return whether the instruction only restates the dosage} */
  static boolean isRestatement(String instruction) {
    return RESTATEMENT.matcher(instruction.strip()).matches();
  }

  /** {@return whether the instruction only says to switch sides} */
  static boolean isSwitch(String instruction) {
    return SWITCH.matcher(instruction.strip()).matches();
  }
}
