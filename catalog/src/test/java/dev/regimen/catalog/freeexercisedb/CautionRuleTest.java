package dev.regimen.catalog.freeexercisedb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.catalog.freeexercisedb.CautionRule.Found;
import dev.regimen.core.safety.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences are safety notes in words, on the dataset's own sentences. */
class CautionRuleTest {
  @Test
  void aWarningForAConditionIsToAvoid() {
    assertThat(CautionRule.find("Rest your forehead on the floor. Avoid this position if you have knee problems."))
        .containsExactly(
            new Found("Avoid this position if you have knee problems.",
                "Avoid this position if you have knee problems.", Severity.AVOID));
  }

  @Test
  void aLabelledCautionLosesItsLabelAndKeepsTheSentencesThatFollowIt() {
    assertThat(CautionRule.find("This will be your starting position. Caution: Always ensure that the dumbbell used for"
            + " this exercise is secure. Using a dumbbell with loose plates can result in the dumbbell falling apart"
            + " and falling on your face."))
        .extracting(Found::text, Found::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Always ensure that the dumbbell used for this exercise is secure. Using a dumbbell with loose"
                    + " plates can result in the dumbbell falling apart and falling on your face.",
                Severity.CAUTION));
    assertThat(CautionRule.find("Caution: avoid swinging the torso.")).extracting(Found::text)
        .containsExactly("Avoid swinging the torso.");
  }

  @Test
  void findsTheSentencesThatNameHarm() {
    for (String s :
        List.of(
            "To avoid injury, make sure that you keep your elbows slightly bent.",
            "Jerking motions can injure the back.",
            "Be careful however to not strain with the neck as you perform it.",
            "Note: Do not allow your knee to go forward beyond your toes, as this will put undue stress on the knee joint.",
            "You do not want that platform falling on you fully loaded.",
            "It is recommended that you maintain your grip on the handles so that you don't fall.",
            "Use caution so that you don't trip as you climb the stairs.",
            "This exercise is best performed inside a squat rack for safety purposes.",
            "Tip: In order to protect your rotator cuff, it is best if you have a spotter help you lift the barbell off the rack.")) {
      assertThat(CautionRule.find(s)).as(s).hasSize(1);
    }
  }

  @Test
  void formCuesThatNameNoHarmAreNotCautions() {
    for (String s :
        List.of(
            "Do not swing the arms.",
            "Tip: Don't lock your fingers behind your head.",
            "Avoid swinging or jerking movements.",
            "Lower the safety bars holding the weighted platform in place.",
            "This is the safest manner to dispose of the dumbbells.",
            "The handles can be used to monitor your heart rate.")) {
      assertThat(CautionRule.find(s)).as(s).isEmpty();
    }
  }
}
