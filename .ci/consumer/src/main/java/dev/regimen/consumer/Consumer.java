package dev.regimen.consumer;

import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.TextSheet;

/**
 * Uses Regimen the way a program that depends on it would: prints the bundled L5-S1 sheet, builds
 * a routine of its own and sends it through JSON. It must compile with {@code javac -Xlint:all
 * -Werror} against the published jars, on the class path and on the module path.
 */
public final class Consumer {
  private Consumer() {}

  /**
   * Prints the bundled sheet, then the first line of a routine built here, read back from JSON.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(TextSheet.withDefaults().render(Catalog.l5s1Relief()));

    Exercise catCow = Exercise.builder()
        .id("cat-cow").name("Cat-Cow").kind(ExerciseKind.MOBILITY)
        .startingPosition("On your hands and knees, back flat.")
        .addSteps(Step.of("Breathe in and look up."),
            Step.holding("Breathe out and round your back.", Hold.aboutSeconds(5)))
        .build();
    Protocol routine = Protocol.builder()
        .id("morning-back").name("Morning Back").summary("Two minutes of gentle mobility.")
        .addTargetSegments(SpinalSegment.parse("L5-S1"))
        .addEntries(ProtocolEntry.of(catCow,
            Dosage.builder().repetitions(Repetitions.between(8, 10)).build()))
        .build();
    RegimenJson json = RegimenJson.create();
    Protocol read = json.readProtocol(json.writeProtocol(routine));
    System.out.println(read.equals(routine) ? "round trip: " + read.name() : "round trip failed");
  }
}
