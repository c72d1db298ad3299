package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.safety.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupedTest {
  /** A notice as the sheets group them: equal by value, with a severity. */
  private record Notice(String text, Severity severity) {}

  private static final Notice KNEES = new Notice("knee problems", Severity.CAUTION);
  private static final Notice DISC = new Notice("herniated disc", Severity.AVOID);
  private static final Notice HIPS = new Notice("hip replacement", Severity.AVOID);

  private static List<Grouped<Notice, String>> group(Map<String, List<Notice>> byExercise) {
    return Grouped.bySeverity(
        List.copyOf(byExercise.keySet()), byExercise::get, Notice::severity);
  }

  private static String said(List<Grouped<Notice, String>> groups) {
    StringBuilder out = new StringBuilder();
    for (Grouped<Notice, String> g : groups) {
      out.append(g.key().text()).append(": ").append(String.join(", ", g.items())).append("; ");
    }
    return out.toString();
  }

  @Test
  void namesEachNoticeOnceWithEveryExerciseThatCarriesIt() {
    // equal notices from different exercises, not the same object
    List<Grouped<Notice, String>> groups = Grouped.bySeverity(
        List.of("Hurdler", "Hamstring", "Knee to chest"),
        e -> e.equals("Knee to chest")
            ? List.of()
            : List.of(new Notice("herniated disc", Severity.AVOID)),
        Notice::severity);

    assertThat(said(groups)).isEqualTo("herniated disc: Hurdler, Hamstring; ");
  }

  @Test
  void putsNoticesToAvoidBeforeNoticesToTakeCareWith() {
    List<Grouped<Notice, String>> groups = group(new LinkedHashMap<>(Map.of(
        "Hurdler", List.of(KNEES, DISC))));

    assertThat(said(groups)).isEqualTo("herniated disc: Hurdler; knee problems: Hurdler; ");
  }

  @Test
  void keepsTheOrderOfTheExercisesAndOfTheirNoticesWithinASeverity() {
    LinkedHashMap<String, List<Notice>> byExercise = new LinkedHashMap<>();
    byExercise.put("Hamstring", List.of(HIPS));
    byExercise.put("Hurdler", List.of(DISC, HIPS));
    byExercise.put("Knee to chest", List.of(DISC));

    assertThat(said(group(byExercise)))
        .isEqualTo("hip replacement: Hamstring, Hurdler; herniated disc: Hurdler, Knee to chest; ");
  }

  @Test
  void namesAnExerciseOnceWhenItCarriesTheSameNoticeTwice() {
    List<Grouped<Notice, String>> groups = group(new LinkedHashMap<>(Map.of(
        "Hurdler", List.of(DISC, new Notice("herniated disc", Severity.AVOID)))));

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).items()).containsExactly("Hurdler");
  }

  @Test
  void givesNoGroupForExercisesWithoutNotices() {
    assertThat(Grouped.<Notice, String>bySeverity(
        List.of("Hurdler"), e -> List.of(), Notice::severity)).isEmpty();
  }
}
