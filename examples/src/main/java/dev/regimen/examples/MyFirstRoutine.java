package dev.regimen.examples;

// The lines between the two "readme" tags are the README's "Build your own routine" example,
// character for character; MyFirstRoutineTest keeps the two in step. Keep it under 20 lines.
// tag::readme[]
import dev.regimen.core.dosage.*;
import dev.regimen.core.exercise.*;
import dev.regimen.core.protocol.*;
import dev.regimen.formats.sheet.TextSheet;
/** Builds a one-exercise routine and prints its sheet. */
public class MyFirstRoutine {
  public static void main(String[] args) {
    Exercise catCow = Exercise.builder()
        .id("cat-cow").name("Cat-Cow").kind(ExerciseKind.MOBILITY)
        .startingPosition("On your hands and knees, back flat, hands under your shoulders.")
        .addSteps(Step.of("Breathe in, let your belly sink and look up."),
            Step.holding("Breathe out and round your back.", Hold.aboutSeconds(5)))
        .build();
    Protocol routine = Protocol.builder()
        .id("morning-back").name("Morning Back").summary("Two minutes of gentle mobility.")
        .addEntries(ProtocolEntry.of(catCow, Dosage.builder().repetitions(Repetitions.between(8, 10)).build()))
        .build(); // checks every rule at once; throws ValidationException naming each problem
    System.out.print(TextSheet.withDefaults().render(routine));
  }
}
// end::readme[]
