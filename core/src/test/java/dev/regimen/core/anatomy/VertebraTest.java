package dev.regimen.core.anatomy;

import static dev.regimen.core.testing.Generators.allVertebrae;
import static dev.regimen.core.testing.Generators.invalidVertebraLabels;
import static dev.regimen.core.testing.Generators.vertebrae;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VertebraTest {

  @Test
  void theSpineHasThirtyThreeVertebraeFromC1ToCo4() {
    assertThat(allVertebrae())
        .extracting(Vertebra::label)
        .containsExactly(
            "C1", "C2", "C3", "C4", "C5", "C6", "C7",
            "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
            "L1", "L2", "L3", "L4", "L5",
            "S1", "S2", "S3", "S4", "S5",
            "Co1", "Co2", "Co3", "Co4");
  }

  @Test
  void everyLabelParsesBackToItsVertebra() {
    for (Vertebra v : allVertebrae()) {
      assertThat(Vertebra.parse(v.label())).isEqualTo(v);
      assertThat(Vertebra.parse(v.label()).label()).isEqualTo(v.label());
      assertThat(v.toString()).isEqualTo(v.label());
      assertThat(v.label()).isEqualTo(v.region().prefix() + v.number());
    }
  }

  @Test
  void labelsParseWithTheRegionPrefixInEitherCase() {
    qt().forAll(vertebrae())
        .checkAssert(
            v -> {
              assertThat(Vertebra.parse(v.label().toLowerCase(Locale.ROOT))).isEqualTo(v);
              assertThat(Vertebra.parse(v.label().toUpperCase(Locale.ROOT))).isEqualTo(v);
            });
  }

  @Test
  void rejectsEveryInvalidLabelAsAVertebraProblem() {
    qt().forAll(invalidVertebraLabels())
        .checkAssert(
            label ->
                assertThatThrownBy(() -> Vertebra.parse(label))
                    .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> {
                          assertThat(e.subject()).isEqualTo("vertebra");
                          assertThat(e.problems()).hasSize(1);
                          assertThat(e.getMessage()).startsWith("vertebra: ");
                        }));
  }

  @Test
  void rejectsVertebraeThatDoNotExistNamingTheRegionsRange() {
    assertThatThrownBy(() -> Vertebra.parse("L6"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("vertebra: L6 does not exist; the lumbar spine has L1 to L5");
    assertThatThrownBy(() -> Vertebra.parse("C8"))
        .hasMessage("vertebra: C8 does not exist; the cervical spine has C1 to C7");
    assertThatThrownBy(() -> Vertebra.parse("T13"))
        .hasMessage("vertebra: T13 does not exist; the thoracic spine has T1 to T12");
    assertThatThrownBy(() -> Vertebra.parse("S6"))
        .hasMessage("vertebra: S6 does not exist; the sacrum has S1 to S5");
    assertThatThrownBy(() -> Vertebra.parse("co5"))
        .hasMessage("vertebra: Co5 does not exist; the coccyx has Co1 to Co4");
    assertThatThrownBy(() -> Vertebra.parse("L0"))
        .hasMessage("vertebra: L0 does not exist; the lumbar spine has L1 to L5");
  }

  @Test
  void rejectsNumbersOutsideTheRegion() {
    for (SpinalRegion region : SpinalRegion.values()) {
      assertThatThrownBy(() -> Vertebra.of(region, region.vertebraCount() + 1))
          .isInstanceOf(ValidationException.class)
          .hasMessageEndingWith(" has " + region.labelRange());
    }
    qt().forAll(
            integers().between(Integer.MIN_VALUE, 0).mix(integers().between(13, Integer.MAX_VALUE)),
            org.quicktheories.generators.Generate.enumValues(SpinalRegion.class))
        .checkAssert(
            (n, region) ->
                assertThatThrownBy(() -> Vertebra.of(region, n))
                    .isInstanceOfSatisfying(
                        ValidationException.class,
                        e ->
                            assertThat(e.problems())
                                .containsExactly(
                                    new Violation(
                                        "",
                                        region.prefix() + n + " does not exist; the "
                                            + region.commonName() + " has "
                                            + region.labelRange()))));
  }

  @Test
  void rejectsMalformedLabelsSayingWhatALabelLooksLike() {
    for (String label : List.of("", "L", "5", "Co", "L-5", "L 5", "5L", "L5a", "L5.0", "L1000",
        "L\u0665", "L5-S1")) {
      assertThatThrownBy(() -> Vertebra.parse(label))
          .as(label)
          .isInstanceOf(ValidationException.class)
          .hasMessage(
              "vertebra: '" + label + "' is not a vertebra label; expected a region prefix"
                  + " (C, T, L, S or Co) followed by a number, such as L5");
    }
  }

  @Test
  void rejectsUnknownRegionPrefixesNamingTheKnownOnes() {
    assertThatThrownBy(() -> Vertebra.parse("X1"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("vertebra: 'X1' has an unknown region prefix 'X'; expected C, T, L, S or Co");
    assertThatThrownBy(() -> Vertebra.parse("Lu3"))
        .hasMessage("vertebra: 'Lu3' has an unknown region prefix 'Lu'; expected C, T, L, S or Co");
  }

  @Test
  void nextIsTheVertebraJustBelow() {
    List<Vertebra> all = allVertebrae();
    for (int i = 0; i < all.size(); i++) {
      Optional<Vertebra> expected = i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
      assertThat(all.get(i).next()).as("below " + all.get(i)).isEqualTo(expected);
    }
  }

  @Test
  void previousIsTheVertebraJustAbove() {
    List<Vertebra> all = allVertebrae();
    for (int i = 0; i < all.size(); i++) {
      Optional<Vertebra> expected = i > 0 ? Optional.of(all.get(i - 1)) : Optional.empty();
      assertThat(all.get(i).previous()).as("above " + all.get(i)).isEqualTo(expected);
    }
  }

  @Test
  void nextAndPreviousUndoEachOther() {
    qt().forAll(vertebrae())
        .checkAssert(
            v -> {
              v.next().ifPresent(below -> assertThat(below.previous()).contains(v));
              v.previous().ifPresent(above -> assertThat(above.next()).contains(v));
              assertThat(v.next().isEmpty()).isEqualTo(v.label().equals("Co4"));
              assertThat(v.previous().isEmpty()).isEqualTo(v.label().equals("C1"));
            });
  }

  @Test
  void ordersFromTheTopOfTheSpineToTheBottom() {
    List<Vertebra> shuffled = new ArrayList<>(allVertebrae());
    Collections.shuffle(shuffled, new Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).isEqualTo(allVertebrae());
    qt().forAll(vertebrae()).checkAssert(v -> v.next().ifPresent(below -> assertThat(v).isLessThan(below)));
  }

  @Test
  void orderingIsConsistentWithEquals() {
    qt().forAll(vertebrae(), vertebrae())
        .checkAssert(
            (a, b) -> {
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });
  }

  @Test
  void equalVertebraeHaveTheSameHash() {
    qt().forAll(vertebrae())
        .checkAssert(v -> ValueContracts.assertSameValue(Vertebra.of(v.region(), v.number()), v));
    assertThat(allVertebrae().stream().map(Vertebra::hashCode).collect(Collectors.toSet()))
        .as("33 vertebrae, 33 hashes")
        .hasSize(33);
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    assertThatThrownBy(() -> Vertebra.of(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("region");
    assertThatThrownBy(() -> Vertebra.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("label");
  }
}
