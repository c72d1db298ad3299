package dev.regimen.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.EquipmentStatus;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import dev.regimen.core.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The generators keep their promises: valid, coherent values, every optional attribute both set
 * and absent, awkward texts, valid slugs, and invalid inputs that really are invalid.
 */
class GeneratorsTest {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** Lists the model requires to have at least one element. */
  private static final Set<String> NEVER_EMPTY = Set.of("Exercise.steps", "Protocol.entries");

  private static List<Protocol> sample;

  @BeforeAll
  static void sampleProtocols() {
    sample = sample(Generators.protocols(), 300);
  }

  private static <T> List<T> sample(Gen<T> gen, int examples) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(20240601L).withExamples(examples).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void everyOptionalAttributeIsSometimesSetAndSometimesAbsent() {
    Coverage coverage = new Coverage();
    sample.forEach(coverage::walk);

    assertThat(coverage.optionals).isNotEmpty();
    Map<String, Set<Boolean>> incomplete =
        coverage.optionals.entrySet().stream()
            .filter(e -> e.getValue().size() < 2)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    assertThat(incomplete).as("optional attributes seen only set (true) or only absent (false)").isEmpty();
    assertThat(coverage.optionals)
        .containsKeys(
            "Hold.seconds", "Hold.maxSeconds", "Hold.breaths", "Hold.maxBreaths", "Hold.wording",
            "Dosage.hold", "Dosage.repetitions", "Dosage.duration", "Dosage.distance",
            "Dosage.firstSide", "Dosage.frequency", "Dosage.restSeconds", "Dosage.load",
            "Dosage.effort", "Dosage.tempo", "Dosage.notes", "TimeRange.maxSeconds",
            "Distance.maxAmount", "Load.amount", "Load.maxAmount", "Load.description",
            "Effort.maxValue", "Exercise.startingPosition", "Exercise.level", "Exercise.force",
            "Exercise.mechanic", "Exercise.licence", "Media.caption", "Caution.quote",
            "Quote.sourceId", "Source.link", "Contraindication.findingId",
            "Advisory.painWeeksAtLeast", "Step.hold", "ProtocolEntry.note");
  }

  @Test
  void everyListIsSometimesEmptyAndSometimesHoldsSeveralElements() {
    Coverage coverage = new Coverage();
    sample.forEach(coverage::walk);

    assertThat(coverage.listSizes).containsKeys(
        "Protocol.conditions", "Protocol.sources", "Exercise.contraindications",
        "Contraindication.sourceIds", "Condition.findings", "Source.experts");
    coverage.listSizes.forEach(
        (list, sizes) -> {
          if (!NEVER_EMPTY.contains(list)) {
            assertThat(sizes).as(list + " sizes").contains(0);
          } else {
            assertThat(sizes).as(list + " sizes").doesNotContain(0);
          }
          assertThat(sizes.stream().anyMatch(s -> s >= 2)).as(list + " with several elements").isTrue();
        });
  }

  @Test
  void everyEnumAttributeTakesEveryValue() {
    Coverage coverage = new Coverage();
    sample.forEach(coverage::walk);

    assertThat(coverage.enums).containsKeys(
        "Exercise.kind", "Advisory.trigger", "Contraindication.severity", "Modification.reason",
        "Media.role", "Load.unit", "Effort.scale", "Distance.unit");
    coverage.enums.forEach(
        (attribute, seen) ->
            assertThat(seen)
                .as(attribute)
                .containsExactlyInAnyOrder(seen.iterator().next().getDeclaringClass().getEnumConstants()));
  }

  @Test
  void attributesWithDefaultsAreSometimesLeftAtTheDefaultAndSometimesChanged() {
    List<Dosage> dosages = sample(Generators.dosages(), 300);
    assertThat(dosages).extracting(Dosage::sideOrder).containsAll(EnumSet.allOf(SideOrder.class));
    assertThat(dosages).extracting(Dosage::sets).contains(Range.of(1), Range.of(2), Range.of(3));
    assertThat(dosages).extracting(d -> d.sets().isExact()).contains(true, false);
    assertThat(dosages).filteredOn(d -> d.repetitions().isPresent())
        .extracting(d -> d.repetitions().get().basis())
        .containsAll(EnumSet.allOf(RepetitionBasis.class));
    assertThat(dosages).filteredOn(d -> d.repetitions().isPresent())
        .extracting(d -> d.repetitions().get().isExact()).contains(true, false);
    assertThat(dosages).extracting(Dosage::amountGiven).contains(true, false);
    assertThat(dosages).extracting(Dosage::asManyAsPossible).contains(true, false);
    assertThat(sample(Generators.holds(), 200)).extracting(Hold::approximate).contains(true, false);
    assertThat(sample(Generators.holds(), 200)).extracting(Hold::orMore).contains(true, false);
    assertThat(sample(Generators.steps(), 200)).extracting(Step::phase).containsAll(EnumSet.allOf(StepPhase.class));
    assertThat(sample(Generators.cautions(List.of("a")), 100)).extracting(Caution::severity)
        .containsAll(EnumSet.allOf(Severity.class));
    List<Exercise> exercises = sample(Generators.exercises(), 200);
    assertThat(exercises).extracting(Exercise::needsNoEquipment).contains(true, false);
    assertThat(exercises).extracting(Exercise::needsPartner).contains(true, false);
    assertThat(exercises).extracting(Exercise::language).contains("en", "es");
    assertThat(exercises).extracting(Exercise::equipmentStatus).containsAll(EnumSet.allOf(EquipmentStatus.class));
    assertThat(exercises).flatExtracting(Exercise::targets).anyMatch(a -> !a.isStandard());
  }

  @Test
  void numbersReachTheModelsLimitsSomeOfTheTime() {
    List<Dosage> dosages = sample(Generators.dosages(), 1000);
    assertThat(dosages).anyMatch(d -> d.sets().max() == Dosage.MAX_SETS);
    assertThat(dosages).anyMatch(d -> d.repetitions().map(r -> r.max() == Repetitions.MAX).orElse(false));
    assertThat(sample(Generators.holds(), 1000))
        .anyMatch(h -> h.seconds().orElse(0) == Hold.MAX_SECONDS)
        .anyMatch(h -> h.breaths().orElse(0) == Hold.MAX_BREATHS);
    assertThat(sample(Generators.timeRanges(), 1000)).anyMatch(t -> t.seconds() == TimeRange.MAX_SECONDS);
  }

  @Test
  void generatedProtocolsAreCoherent() {
    for (Protocol protocol : sample) {
      for (Exercise exercise : protocol.exercises()) {
        Set<String> sourceIds = protocol.sources().stream().map(Source::id).collect(Collectors.toSet());
        exercise.sources().forEach(own -> sourceIds.add(own.id()));
        for (Caution caution : exercise.cautions()) {
          assertThat(sourceIds).containsAll(caution.sourceIds());
        }
        for (Contraindication ci : exercise.contraindications()) {
          Optional<Condition> condition = protocol.condition(ci.conditionId());
          assertThat(condition).as(ci.conditionId()).isPresent();
          ci.findingId().ifPresent(f -> assertThat(condition.get().finding(f)).as(f).isPresent());
          assertThat(sourceIds).containsAll(ci.sourceIds());
        }
        for (Quote quote : exercise.quotes()) {
          quote.sourceId().ifPresent(id -> assertThat(sourceIds).contains(id));
        }
      }
      Set<String> sourceIds = protocol.sources().stream().map(Source::id).collect(Collectors.toSet());
      protocol.advisories().forEach(a -> assertThat(sourceIds).containsAll(a.sourceIds()));
      protocol.cautions().forEach(c -> assertThat(sourceIds).containsAll(c.sourceIds()));
      protocol.recommendations().forEach(r -> assertThat(sourceIds).containsAll(r.sourceIds()));
      assertThat(Protocol.builder().from(protocol).build()).isEqualTo(protocol);
    }
    assertThat(sample).anyMatch(
        p -> p.exercises().stream().flatMap(e -> e.contraindications().stream()).anyMatch(c -> c.findingId().isPresent()));
    assertThat(sample).anyMatch(p -> !p.sources().isEmpty() && p.advisories().stream().anyMatch(a -> !a.sourceIds().isEmpty()));
  }

  @Test
  void textsAreNeverBlankAndSometimesAwkward() {
    List<String> texts = sample(Generators.texts(), 500);
    assertThat(texts).allSatisfy(t -> {
      assertThat(t).isNotBlank().isEqualTo(t.strip());
      assertThat(t).doesNotContain("\n", "\r");
      assertThat(t.codePoints())
          .anyMatch(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT);
    });
    assertThat(texts).anyMatch(t -> t.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT));
    assertThat(texts).anyMatch(
        t -> t.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT && Character.isSupplementaryCodePoint(c)));
    assertThat(texts).anyMatch(t -> t.chars().anyMatch(Character::isISOControl));
    assertThat(texts).anyMatch(t -> t.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK));
    assertThat(texts).anyMatch(t -> t.contains("https://") || t.contains("@"));
    assertThat(texts).anyMatch(t -> t.chars().anyMatch(c -> c > 127));
    assertThat(texts).anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(texts).anyMatch(t -> t.contains("\""));
    assertThat(texts).anyMatch(t -> t.contains("\\"));
    assertThat(texts).anyMatch(t -> t.contains("<")).anyMatch(t -> t.contains("&"));
    assertThat(texts).anyMatch(t -> t.contains("*") || t.contains("_") || t.contains("`"));
    assertThat(texts).anyMatch(t -> t.split(" ").length > 1 && List.of(t.split(" ")).stream().anyMatch(w -> w.length() > 40));
  }

  @Test
  void awkwardTextsAreRequiredTextsTheModelTakesWithTheHardestCharactersAtTheirEnds() {
    List<String> texts = sample(Generators.awkwardTexts(), 500);
    assertThat(texts).allSatisfy(t -> assertThat(Step.of(t).text()).isEqualTo(t));
    assertThat(texts).anyMatch(t -> Character.isHighSurrogate(t.charAt(0)) && !Character.isLowSurrogate(t.charAt(1)));
    assertThat(texts).anyMatch(t -> Character.isLowSurrogate(t.charAt(t.length() - 1))
        && !Character.isHighSurrogate(t.charAt(t.length() - 2)));
    assertThat(texts).anyMatch(t -> t.contains("\n")).anyMatch(t -> t.contains("\u2028")).anyMatch(t -> t.contains("\uFEFF"));
    assertThat(texts).anyMatch(t -> t.contains("\uDB40\uDC41")).anyMatch(t -> t.chars().anyMatch(c -> c >= 0x80 && c <= 0x9F));
    assertThat(texts).anyMatch(t -> !t.equals(t.strip()));
  }

  @Test
  void slugsAreValidIds() {
    qt().forAll(Generators.slugs())
        .checkAssert(s -> assertThat(Finding.of(s, "name").id()).matches(SLUG));
  }

  @Test
  void invalidSlugsAreRejectedAsIds() {
    qt().forAll(Generators.invalidSlugs())
        .checkAssert(s -> assertThatThrownBy(() -> Finding.of(s, "name"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("id: must be a lowercase slug"));
  }

  @Test
  void blankTextsAreRejectedWhereTextIsRequired() {
    qt().forAll(Generators.blankTexts())
        .checkAssert(t -> assertThatThrownBy(() -> Step.of(t))
            .isInstanceOf(ValidationException.class)
            .hasMessage("text: must not be blank"));
  }

  @Test
  void standaloneGeneratorsBuildValidValues() {
    // Building validates; rebuilding from the value must give an equal value.
    qt().withExamples(100).forAll(Generators.entries())
        .checkAssert(e -> assertThat(ProtocolEntry.builder().from(e).build()).isEqualTo(e));
    qt().withExamples(100).forAll(Generators.exercises())
        .checkAssert(e -> assertThat(Exercise.builder().from(e).build()).isEqualTo(e));
  }

  /** Walks a value graph through its attributes and records what it saw. */
  private static final class Coverage {
    final Map<String, Set<Boolean>> optionals = new TreeMap<>();
    final Map<String, Set<Integer>> listSizes = new TreeMap<>();
    final Map<String, Set<Enum<?>>> enums = new TreeMap<>();

    void walk(Object value) {
      if (!isModelValue(value)) {
        return;
      }
      Class<?> type = value.getClass().getSuperclass(); // Immutable* extends the abstract type
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isAbstract(m.getModifiers()) || m.getParameterCount() > 0) {
          continue;
        }
        String name = type.getSimpleName() + "." + m.getName();
        Object result = call(m, value);
        if (result instanceof Optional<?>) {
          Optional<?> optional = (Optional<?>) result;
          optionals.computeIfAbsent(name, k -> new HashSet<>()).add(optional.isPresent());
          optional.ifPresent(this::walk);
        } else if (result instanceof OptionalInt) {
          optionals.computeIfAbsent(name, k -> new HashSet<>()).add(((OptionalInt) result).isPresent());
        } else if (result instanceof OptionalDouble) {
          optionals.computeIfAbsent(name, k -> new HashSet<>()).add(((OptionalDouble) result).isPresent());
        } else if (result instanceof List<?>) {
          List<?> list = (List<?>) result;
          listSizes.computeIfAbsent(name, k -> new HashSet<>()).add(list.size());
          list.forEach(this::walk);
        } else if (result instanceof Enum<?>) {
          enums.computeIfAbsent(name, k -> new HashSet<>()).add((Enum<?>) result);
        } else {
          walk(result);
        }
      }
    }

    private static boolean isModelValue(Object value) {
      return value != null
          && !(value instanceof Enum<?>)
          && value.getClass().getPackageName().startsWith("dev.regimen.core.");
    }

    private static Object call(Method m, Object target) {
      try {
        m.setAccessible(true);
        return m.invoke(target);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError("cannot read " + m, e);
      }
    }
  }
}
