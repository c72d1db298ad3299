package dev.regimen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import org.junit.jupiter.api.Test;

class NeckRoutineExampleTest {
  @Test
  void printsTheNeckRoutineSheetThenEveryProblemOfTheBrokenRoutineWithItsPath() throws Exception {
    Console.Output output = Console.capture(() -> NeckRoutineExample.main(new String[0]));

    String sheet = TextSheet.of(SheetOptions.builder().width(60).build()).render(NeckRoutine.protocol());
    assertThat(output.err()).isEmpty();
    assertThat(output.out()).startsWith(sheet);
    assertThat(output.out().substring(sheet.length()))
        .isEqualTo(
            "\n"
                + "The broken routine was rejected with 2 problems:\n"
                + "  entries[2].exercise.id: duplicate exercise id 'chin-tuck' (first at entries[0])\n"
                + "  entries[2].exercise.contraindications[1].conditionId: names condition"
                + " 'whiplash', which is not among the protocol's conditions [neck-strain]\n");
  }

  @Test
  void theNeckSheetPutsItsSafetyNoticeBeforeTheExercises() throws Exception {
    String out = Console.capture(() -> NeckRoutineExample.main(new String[0])).out();
    assertThat(out.indexOf("Stop if you feel dizzy")).isPositive().isLessThan(out.indexOf("Chin Tuck"));
  }
}
