package dev.regimen.core.anatomy;

import static dev.regimen.core.testing.Generators.allSegments;
import static dev.regimen.core.testing.Generators.allVertebrae;
import static dev.regimen.core.testing.Generators.invalidSegmentLabels;
import static dev.regimen.core.testing.Generators.segments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpinalSegmentTest {
  /** The movable segments of the spine, written out by hand. */
  private static final List<String> SEGMENTS =
      List.of(
          "C1-C2", "C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1",
          "T1-T2", "T2-T3", "T3-T4", "T4-T5", "T5-T6", "T6-T7", "T7-T8", "T8-T9", "T9-T10",
          "T10-T11", "T11-T12", "T12-L1",
          "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1",
          "S5-Co1");

  private static final String MALFORMED =
      "' is not a segment name; expected two vertebra labels joined by a hyphen, the upper first,"
          + " such as L5-S1";

  @Test
  void theSpineHasTwentyFiveMovableSegments() {
    assertThat(allSegments()).extracting(SpinalSegment::label).containsExactlyElementsOf(SEGMENTS);
  }

  @Test
  void aPairOfVertebraeIsASegmentExactlyWhenItIsOneOfTheMovableSegments() {
    Set<String> valid = Set.copyOf(SEGMENTS);
    for (Vertebra upper : allVertebrae()) {
      for (Vertebra lower : allVertebrae()) {
        String name = upper.label() + "-" + lower.label();
        if (valid.contains(name)) {
          assertThat(SpinalSegment.of(upper, lower).label()).isEqualTo(name);
        } else {
          assertThatThrownBy(() -> SpinalSegment.of(upper, lower))
              .as(name)
              .isInstanceOf(ValidationException.class)
              .hasMessageStartingWith("segment: '" + name + "' ");
        }
      }
    }
  }

  @Test
  void everySegmentNameParsesBackToItsSegment() {
    for (SpinalSegment segment : allSegments()) {
      assertThat(SpinalSegment.parse(segment.label())).isEqualTo(segment);
      assertThat(segment.label()).isEqualTo(segment.upper().label() + "-" + segment.lower().label());
      assertThat(segment.toString()).isEqualTo(segment.label());
    }
    qt().forAll(segments())
        .checkAssert(s -> assertThat(SpinalSegment.parse(s.label().toLowerCase(java.util.Locale.ROOT))).isEqualTo(s));
  }

  @Test
  void rejectsEveryInvalidSegmentName() {
    qt().forAll(invalidSegmentLabels())
        .checkAssert(
            name ->
                assertThatThrownBy(() -> SpinalSegment.parse(name))
                    .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> {
                          assertThat(e.subject()).isIn("segment", "vertebra");
                          assertThat(e.problems()).hasSize(1);
                        }));
  }

  @Test
  void rejectsNonAdjacentPairsNamingTheVertebraBelow() {
    assertThatThrownBy(() -> SpinalSegment.parse("L4-S1"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("segment: 'L4-S1' is not a segment: L4 and S1 are not adjacent; the vertebra below L4 is L5");
    List<Vertebra> all = allVertebrae();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 2; j < all.size(); j++) {
        Vertebra upper = all.get(i);
        Vertebra lower = all.get(j);
        assertThatThrownBy(() -> SpinalSegment.of(upper, lower))
            .hasMessage("segment: '" + upper + "-" + lower + "' is not a segment: " + upper + " and "
                + lower + " are not adjacent; the vertebra below " + upper + " is " + all.get(i + 1));
      }
    }
  }

  @Test
  void rejectsPairsInTheWrongOrderSuggestingTheRightOne() {
    assertThatThrownBy(() -> SpinalSegment.parse("S1-L5"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("segment: 'S1-L5' is in the wrong order; the upper vertebra comes first, such as L5-S1");
    for (SpinalSegment segment : allSegments()) {
      String reversed = segment.lower() + "-" + segment.upper();
      assertThatThrownBy(() -> SpinalSegment.parse(reversed))
          .hasMessage("segment: '" + reversed + "' is in the wrong order; the upper vertebra comes"
              + " first, such as " + segment.label());
    }
  }

  @Test
  void rejectsReversedPairsThatAreNoSegmentEitherSayingWhy() {
    assertThatThrownBy(() -> SpinalSegment.parse("S1-L3"))
        .hasMessage("segment: 'S1-L3' is in the wrong order (the upper vertebra comes first), and"
            + " L3-S1 is not a segment: L3 and S1 are not adjacent; the vertebra below L3 is L4");
    assertThatThrownBy(() -> SpinalSegment.parse("S3-S2"))
        .hasMessage("segment: 'S3-S2' is in the wrong order (the upper vertebra comes first), and"
            + " S2-S3 lies inside the fused sacrum (S1 to S5), which has no movable segments;"
            + " the segments next to it are L5-S1 and S5-Co1");
  }

  @Test
  void aRejectionNeverSuggestsAPairThatIsNoSegment() {
    Pattern suggestion = Pattern.compile("such as ([A-Za-z0-9]+-[A-Za-z0-9]+)|next to it (?:is|are) ([^;]+)$");
    int suggestions = 0;
    for (Vertebra upper : allVertebrae()) {
      for (Vertebra lower : allVertebrae()) {
        String message;
        try {
          SpinalSegment.of(upper, lower);
          continue;
        } catch (ValidationException e) {
          message = e.getMessage();
        }
        Matcher m = suggestion.matcher(message);
        while (m.find()) {
          String named = m.group(1) != null ? m.group(1) : m.group(2);
          for (String label : named.split(" and ")) {
            assertThat(SpinalSegment.parse(label)).as("suggested in: " + message).isNotNull();
            suggestions++;
          }
        }
      }
    }
    // 25 reversed segments, 33 vertebrae paired with themselves, and the 7 pairs inside the
    // sacrum or the coccyx, each way round, naming 2 (sacrum) or 1 (coccyx) segments next to it.
    assertThat(suggestions).isEqualTo(25 + 33 + 2 * (4 * 2 + 3));
  }

  @Test
  void rejectsAVertebraPairedWithItself() {
    assertThatThrownBy(() -> SpinalSegment.parse("L5-L5"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("segment: 'L5-L5' names L5 twice; a segment joins a vertebra and the one just"
            + " below it, such as L5-S1");
    assertThatThrownBy(() -> SpinalSegment.parse("C3-C3"))
        .hasMessage("segment: 'C3-C3' names C3 twice; a segment joins a vertebra and the one just"
            + " below it, such as C3-C4");
  }

  @Test
  void rejectsSegmentsInsideTheFusedSacrum() {
    for (String name : List.of("S1-S2", "S2-S3", "S3-S4", "S4-S5")) {
      assertThatThrownBy(() -> SpinalSegment.parse(name))
          .isInstanceOf(ValidationException.class)
          .hasMessage("segment: '" + name + "' lies inside the fused sacrum (S1 to S5), which has no"
              + " movable segments; the segments next to it are L5-S1 and S5-Co1");
    }
  }

  @Test
  void rejectsSegmentsInsideTheFusedCoccyx() {
    for (String name : List.of("Co1-Co2", "Co2-Co3", "Co3-Co4")) {
      assertThatThrownBy(() -> SpinalSegment.parse(name))
          .isInstanceOf(ValidationException.class)
          .hasMessage("segment: '" + name + "' lies inside the fused coccyx (Co1 to Co4), which has"
              + " no movable segments; the segment next to it is S5-Co1");
    }
  }

  @Test
  void rejectsSegmentsNamingAVertebraThatDoesNotExist() {
    assertThatThrownBy(() -> SpinalSegment.parse("L5-L6"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("vertebra: L6 does not exist; the lumbar spine has L1 to L5");
    assertThatThrownBy(() -> SpinalSegment.parse("C7-C8"))
        .hasMessage("vertebra: C8 does not exist; the cervical spine has C1 to C7");
  }

  @Test
  void rejectsMalformedNamesSayingWhatANameLooksLike() {
    for (String name :
        List.of("", " ", "L5", "L5S1", "L5--S1", "L5-", "-S1", "L5-S1-S2", "L5\u2013S1", "L5/S1", "-")) {
      assertThatThrownBy(() -> SpinalSegment.parse(name))
          .as(name)
          .isInstanceOf(ValidationException.class)
          .hasMessage("segment: '" + name + MALFORMED);
    }
  }

  @Test
  void theJunctionsHaveTheirCommonNames() {
    assertThat(SpinalSegment.parse("L5-S1").commonName()).contains("lumbosacral joint");
    assertThat(SpinalSegment.parse("T12-L1").commonName()).contains("thoracolumbar junction");
    assertThat(SpinalSegment.parse("C7-T1").commonName()).contains("cervicothoracic junction");
    assertThat(SpinalSegment.parse("L4-L5").commonName()).isEmpty();
    assertThat(SpinalSegment.parse("L5-S1").describe()).isEqualTo("L5-S1 (lumbosacral joint)");
    assertThat(SpinalSegment.parse("L4-L5").describe()).isEqualTo("L4-L5");
  }

  @Test
  void belowJoinsAVertebraToTheOneUnderIt() {
    for (SpinalSegment segment : allSegments()) {
      assertThat(SpinalSegment.below(segment.upper())).isEqualTo(segment);
    }
    Vertebra co4 = Vertebra.parse("Co4");
    assertThatThrownBy(() -> SpinalSegment.below(co4))
        .isInstanceOf(ValidationException.class)
        .hasMessage("segment: Co4 is the last vertebra; no segment lies below it");
    assertThatThrownBy(() -> SpinalSegment.below(Vertebra.parse("S2")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("segment: 'S2-S3' lies inside the fused sacrum");
  }

  @Test
  void ordersFromTheTopOfTheSpineToTheBottom() {
    List<SpinalSegment> shuffled = new ArrayList<>(allSegments());
    Collections.shuffle(shuffled, new Random(11));
    Collections.sort(shuffled);
    assertThat(shuffled).isEqualTo(allSegments());
    qt().forAll(segments(), segments())
        .checkAssert((a, b) -> assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b)));
  }

  @Test
  void equalSegmentsHaveTheSameHash() {
    qt().forAll(segments())
        .checkAssert(s -> ValueContracts.assertSameValue(SpinalSegment.of(s.upper(), s.lower()), s));
    assertThat(allSegments().stream().map(SpinalSegment::hashCode).collect(Collectors.toSet())).hasSize(25);
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    Vertebra l5 = Vertebra.parse("L5");
    assertThatThrownBy(() -> SpinalSegment.of(null, l5)).isInstanceOf(NullPointerException.class).hasMessage("upper");
    assertThatThrownBy(() -> SpinalSegment.of(l5, null)).isInstanceOf(NullPointerException.class).hasMessage("lower");
    assertThatThrownBy(() -> SpinalSegment.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> SpinalSegment.below(null)).isInstanceOf(NullPointerException.class).hasMessage("upper");
  }
}
