package dev.regimen.examples;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Example: build your own routine, print its sheet, and see what validation says when a routine
 * is wrong.
 *
 * <p>Run it with {@code java -cp examples/target/regimen.jar
 * dev.regimen.examples.NeckRoutineExample}.
 */
public final class NeckRoutineExample {
  private NeckRoutineExample() {}

  /**
   * Prints the neck routine's sheet, then every problem of a broken routine.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    // 1. A routine built with the builders (see NeckRoutine.java). Building it checked every
    //    rule of the model, so from here on it is a valid, immutable value.
    Protocol neck = NeckRoutine.protocol();

    // 2. Print it as a patient handout, 60 columns wide. Every safety notice comes first.
    out.print(TextSheet.of(SheetOptions.builder().width(60).build()).render(neck));

    // 3. Now get it wrong, twice at once: an exercise whose contraindication names a condition
    //    the routine does not describe, and the same exercise id used for two entries.
    Exercise chinTuck = neck.entries().get(0).exercise();
    Exercise careless =
        Exercise.builder()
            .from(chinTuck)
            .addContraindications(
                Contraindication.builder()
                    .conditionId("whiplash") // not among the routine's conditions
                    .severity(Severity.AVOID)
                    .rationale("Wait until a professional has checked the injury.")
                    .build())
            .build();
    Dosage once = Dosage.builder().repetitions(Repetitions.exactly(5)).build();

    try {
      Protocol.builder()
          .from(neck)
          .addEntries(ProtocolEntry.of(careless, once)) // a second "chin-tuck" entry
          .build();
      out.println("Unexpected: the broken routine was accepted.");
    } catch (ValidationException e) {
      // 4. Nothing was built. The exception lists every broken rule, not only the first, each
      //    with the path of the element at fault, relative to the protocol.
      out.println();
      out.println("The broken routine was rejected with " + e.problems().size() + " problems:");
      for (Violation violation : e.problems()) {
        out.println("  " + violation.path() + ": " + violation.message());
      }
    }
  }
}
