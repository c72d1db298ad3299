package dev.regimen.catalog.freeexercisedb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The phase rule's three patterns, on the dataset's own sentences. */
class StepRulesTest {
  @Test
  void findsTheDeclarationsOfTheStartingPosition() {
    for (String s :
        List.of(
            "Stand up straight. This will be your starting position.",
            "Hold it there. This is your starting position.",
            "Lie down. This is the starting position.",
            "Sit down. This will be the starting position.",
            "Sit down. This the starting position.",
            "Grab the bar. This is the starting position of the exercise.",
            "Bring your torso back. This is your starting position.v")) {
      assertThat(StepRules.declarationEnd(s)).as(s).isPositive();
    }
    for (String s :
        List.of(
            "Return to the starting position.",
            "After a brief pause, return to the starting position.",
            "To get into the starting position, hold your body at arms length.",
            "Make sure that the starting position is comfortable.")) {
      assertThat(StepRules.declarationEnd(s)).as(s).isNegative();
    }
  }

  @Test
  void splitsOnlyWhenMovementFollowsTheDeclaration() {
    assertThat(StepRules.restStartsTheMovement(" Lower yourself under control until your knees are almost completely straight."))
        .isTrue();
    assertThat(StepRules.restStartsTheMovement(" Tip: Keep your elbows in at all times.")).isFalse();
    assertThat(StepRules.restStartsTheMovement(" (Note: For the purposes of this discussion we will use the medium stance.)")).isFalse();
    assertThat(StepRules.restStartsTheMovement(" Caution: Always ensure that the dumbbell is secure.")).isFalse();
    assertThat(StepRules.restStartsTheMovement("v")).isFalse();
    assertThat(StepRules.restStartsTheMovement("")).isFalse();
  }

  @Test
  void dropsOnlyTheInstructionsThatRestateTheDosage() {
    for (String s :
        List.of(
            "Repeat for the recommended amount of repetitions.",
            "Repeat the movement for the prescribed amount of repetitions.",
            "Repeat for the desired number of repetitions.",
            "Repeat this motion for the prescribed amount of repetitions.",
            "Repeat for the recommended amount of times.",
            "Repeat for the recommended amount of repetitions prescribed in your program.",
            "Repeat for the prescribed amount of repetitions in your program.",
            "Repeat the movement for the prescribed amount of repetitions of your training program.",
            "Repeat for the recommended amount of sets.",
            "Repeat for the recommended amount of reps.",
            "Repeat.",
            "Repeat the recommended amount of repetitions.",
            "Repeat until the recommended amount of repetitions is performed.",
            "Repeat until you have performed your recommended repetitions.",
            "Repeat until you have performed your set repetitions.",
            "Perform for the recommended amount of repetitions.",
            "Perform the amount of repetitions prescribed in the program.",
            "Continue the movement for the prescribed number of repetitions.",
            "Repeat the movement for the specified amount of repetitions.")) {
      assertThat(StepRules.isRestatement(s)).as(s).isTrue();
    }
    for (String s :
        List.of(
            "Repeat to failure.",
            "Repeat the same movement to failure.",
            "Continue alternating in this manner for the recommended amount of repetitions.",
            "Repeat for the recommended amount of repetitions and switch arms.",
            "Repeat for the recommended amount of repetitions. Then repeat the movement with the left arm.",
            "Repeat for 10-20 repetitions, and then switch to the other leg.",
            "Repeat the movement with the left hand. This equals one repetition.",
            "Repeat steps 3-6 until the recommended amount of repetitions is performed.",
            "Repeat as many times as possible. Attempt to control the descent of the log as it is returned to the ground.")) {
      assertThat(StepRules.isRestatement(s)).as(s).isFalse();
    }
  }

  @Test
  void aLastInstructionThatOnlySwitchesSidesIsTheSwitch() {
    for (String s :
        List.of(
            "Switch arms and repeat the exercise.",
            "Switch arms and repeat the movement.",
            "Switch arms and repeat the movements.",
            "Switch arms again and repeat the movement.",
            "Switch knees and repeat.",
            "Switch legs and repeat the movement for the other side.",
            "Switch sides and repeat again with the other arm.",
            "Switch sides and repeat the exercise.",
            "Switch sides.",
            "Repeat on the other side.",
            "Repeat for your other leg.",
            "Repeat the movement with the opposite leg.",
            "Repeat the sequence with the other leg.",
            "Now repeat with the opposite leg.",
            "Then, reposition and repeat the same series of movements on the opposite side.",
            "Repeat for the recommended amount of repetitions and switch arms.",
            "Repeat for the recommended amount of repetitions and then switch to the other arm.",
            "Repeat for the recommended amount of repetitions and then change hands.",
            "Repeat for the recommended amount of repetitions and then repeat the movement with the next arm.",
            "Repeat for the recommended amount of repetitions and then perform the same movement with the other arm.")) {
      assertThat(StepRules.isSwitch(s)).as(s).isTrue();
    }
    for (String s :
        List.of(
            "Switch arms while performing this exercise.",
            "Switch sides. This stretches the buttocks and lower back of the bent leg and the hip flexor of the straight leg.",
            "Hold for 10-20 seconds and then switch sides.",
            "Repeat on the opposite side, alternating until the set is complete.",
            "Repeat for the recommended amount of repetitions.",
            "Continue alternating your left and right arms, whipping the ropes up and down as fast as you can.")) {
      assertThat(StepRules.isSwitch(s)).as(s).isFalse();
    }
  }
}
