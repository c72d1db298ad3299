package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import java.util.List;

/** Small protocols for example-based tests. */
final class Sheets {
  private Sheets() {}

  static Exercise.Builder exercise(String name) {
    return Exercise.builder()
        .id("exercise")
        .name(name)
        .kind(ExerciseKind.STRETCH)
        .startingPosition("Standing tall.")
        .addSteps(Step.of("Stand up straight."));
  }

  static Protocol.Builder protocol(Exercise exercise, Dosage dosage) {
    return Protocol.builder()
        .id("test")
        .name("Test routine")
        .summary("A routine for tests.")
        .addEntries(ProtocolEntry.of(exercise, dosage));
  }

  static Protocol protocol(Dosage dosage) {
    return protocol(exercise("Stretch").build(), dosage).build();
  }

  /** {@return the line of a wide text sheet that starts with {@code label}} */
  static String line(Protocol p, String label, boolean ascii) {
    String sheet =
        TextSheet.of(SheetOptions.builder().width(SheetOptions.MAX_WIDTH).asciiOnly(ascii).build())
            .render(p);
    List<String> lines = SheetReading.lines(sheet);
    return lines.stream()
        .filter(l -> l.startsWith(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with " + label + " in\n" + sheet));
  }
}
