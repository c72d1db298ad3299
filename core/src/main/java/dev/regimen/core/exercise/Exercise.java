package dev.regimen.core.exercise;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.media.Media;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.source.ExternalId;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import dev.regimen.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One exercise, described well enough to replicate it: its kind and descriptors, the language of
 * its text, its starting position (when it has one apart from its steps), equipment, the areas it
 * works (primary and secondary), its steps in order with their phases, what the person should
 * feel, modifications, progressions, the safety content (coded contraindications and cautions in
 * words), attributed quotes, pictures and videos, and where it comes from (sources, authors,
 * licence, identifiers in the datasets it was imported from). How much of it to do is not part of
 * the exercise: a protocol pairs it with a {@link dev.regimen.core.dosage.Dosage}. Immutable and
 * thread-safe.
 *
 * <p>Rules (all reported at once): the id a lowercase slug; name, purpose and starting position
 * (when given) not blank; at least one step; the steps' phases in the order of {@link StepPhase}
 * (setup, side setup, repetition, switch sides, finish); equipment texts not blank and none
 * twice, and no equipment listed when none is needed; no area twice among the targets, and none
 * both primary and secondary; the language a well-formed BCP 47 tag in its canonical form (such as
 * {@code en}, {@code es-MX}); the licence an SPDX identifier; source ids unique; source ids named by
 * quotes, contraindications and cautions lowercase slugs (a protocol checks they name a source).
 */
@Value.Immutable
public abstract class Exercise {
  /** The language of an exercise that does not say, {@value}. */
  public static final String DEFAULT_LANGUAGE = "en";

  Exercise() {}

  /** {@return the id, a lowercase slug such as "knee-to-chest-stretch"} */
  public abstract String id();

  /** {@return the name, such as "Knee-to-Chest Stretch"} */
  public abstract String name();

  /** {@return the kind} */
  public abstract ExerciseKind kind();

  /**
   * {@return the language of the exercise's text, a BCP 47 tag such as {@code en} or {@code es};
   * {@value #DEFAULT_LANGUAGE} unless set}
   */
  @Value.Default
  public String language() {
    return DEFAULT_LANGUAGE;
  }

  /** {@return how much experience it asks for, when the source says} */
  public abstract Optional<ExerciseLevel> level();

  /** {@return its main direction of effort, when the source says} */
  public abstract Optional<Force> force();

  /** {@return whether it moves one joint or several, when the source says} */
  public abstract Optional<Mechanic> mechanic();

  /** {@return what the exercise is for, when the source says} */
  public abstract Optional<String> purpose();

  /**
   * {@return the position to start from, when the source gives it apart from the steps; many
   * sources make getting into position the first step (a {@link StepPhase#SETUP} step) instead}
   */
  public abstract Optional<String> startingPosition();

  /** {@return the equipment needed, such as "a chair"; empty when none is needed or not stated} */
  public abstract List<String> equipment();

  /** {@return whether the exercise needs no equipment at all (the source says so); false unless set} */
  @Value.Default
  public boolean needsNoEquipment() {
    return false;
  }

  /** {@return whether a partner is needed (to hold, spot or assist); false unless set} */
  @Value.Default
  public boolean needsPartner() {
    return false;
  }

  /** {@return the areas the exercise mainly works} */
  public abstract List<BodyArea> primaryTargets();

  /** {@return the areas it works as well, less} */
  public abstract List<BodyArea> secondaryTargets();

  /** {@return the steps, in order; never empty} */
  public abstract List<Step> steps();

  /** {@return what the person should feel, and where} */
  public abstract List<Sensation> sensations();

  /** {@return changes for when the exercise does not suit as it is} */
  public abstract List<Modification> modifications();

  /** {@return easier and harder variants} */
  public abstract List<Progression> progressions();

  /** {@return reasons not to do it, or to do it only with care, each naming a coded condition} */
  public abstract List<Contraindication> contraindications();

  /** {@return safety notes in words, naming no coded condition} */
  public abstract List<Caution> cautions();

  /** {@return what experts said about it} */
  public abstract List<Quote> quotes();

  /** {@return pictures and videos of the whole exercise (a step can have its own)} */
  public abstract List<Media> media();

  /** {@return where the exercise comes from, when it carries its own sources} */
  public abstract List<Source> sources();

  /** {@return who wrote the exercise's description} */
  public abstract List<Person> authors();

  /** {@return the licence of the exercise's text and media, an SPDX identifier such as {@code Unlicense}} */
  public abstract Optional<String> licence();

  /** {@return its identifiers in the datasets it was imported from} */
  public abstract List<ExternalId> externalIds();

  /** {@return what is known of the equipment: listed, none needed, or not stated} */
  public EquipmentStatus equipmentStatus() {
    if (!equipment().isEmpty()) {
      return EquipmentStatus.LISTED;
    }
    return needsNoEquipment() ? EquipmentStatus.NONE_NEEDED : EquipmentStatus.NOT_STATED;
  }

  /** {@return the language as a locale} */
  public Locale locale() {
    return Locale.forLanguageTag(language());
  }

  /** {@return the primary targets, then the secondary ones} */
  public List<BodyArea> targets() {
    if (secondaryTargets().isEmpty()) {
      return primaryTargets();
    }
    List<BodyArea> all = new ArrayList<>(primaryTargets());
    all.addAll(secondaryTargets());
    return List.copyOf(all);
  }

  /**
   * The steps of one phase.
   *
   * @param phase the phase
   * @return its steps, in order; unmodifiable
   * @throws NullPointerException if {@code phase} is null
   */
  public List<Step> steps(StepPhase phase) {
    java.util.Objects.requireNonNull(phase, "phase");
    return steps().stream().filter(s -> s.phase() == phase).collect(Collectors.toUnmodifiableList());
  }

  /** {@return whether the exercise carries safety content: a contraindication or a caution} */
  public boolean hasSafetyContent() {
    return !contraindications().isEmpty() || !cautions().isEmpty();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder that starts from this value: change what differs and {@code build()} a new
   * value, which is checked by every rule again}
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /**
   * {@return a short description for logs and debuggers, of bounded length: its id, its name (the
   * first 60 characters), its kind and how many steps it has, such as
   * {@code Exercise{id=knee-to-chest, name=Knee-to-chest stretch, kind=STRETCH, steps=4}}}
   */
  @Override
  public String toString() {
    return "Exercise{id=" + id() + ", name=" + Checks.abbreviate(name()) + ", kind=" + kind() + ", steps="
        + steps().size() + "}";
  }

  /** Builds an {@link Exercise}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableExercise.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("exercise");
    c.slug("id", id());
    c.notBlank("name", name());
    c.languageTag("language", language());
    purpose().ifPresent(v -> c.notBlank("purpose", v));
    startingPosition().ifPresent(v -> c.notBlank("startingPosition", v));
    c.noneBlank("equipment", equipment());
    c.noRepeats("equipment", equipment());
    c.require(
        !needsNoEquipment() || equipment().isEmpty(),
        "needsNoEquipment",
        "says no equipment is needed, but equipment is listed");
    checkTargets(c);
    c.require(!steps().isEmpty(), "steps", "must have at least one step");
    checkPhases(c);
    licence().ifPresent(l -> c.spdx("licence", l));
    c.unique("sources", "id", sources().stream().map(Source::id).collect(Collectors.toList()), "source id");
    c.throwIfAny();
  }

  private void checkTargets(Checks c) {
    c.noRepeats("primaryTargets", primaryTargets());
    c.noRepeats("secondaryTargets", secondaryTargets());
    Set<BodyArea> primary = new HashSet<>(primaryTargets());
    for (int i = 0; i < secondaryTargets().size(); i++) {
      BodyArea area = secondaryTargets().get(i);
      if (primary.contains(area)) {
        c.fail(
            "secondaryTargets[" + i + "]",
            "'" + area.id() + "' is a primary target already; an area is primary or secondary, not both");
      }
    }
  }

  private void checkPhases(Checks c) {
    List<Step> steps = steps();
    for (int i = 1; i < steps.size(); i++) {
      StepPhase before = steps.get(i - 1).phase();
      StepPhase phase = steps.get(i).phase();
      if (phase.compareTo(before) < 0) {
        c.fail(
            "steps[" + i + "].phase",
            "a " + Checks.words(phase) + " step cannot follow a " + Checks.words(before)
                + " step; steps go in the order setup, side setup, repetition, switch sides, finish");
      }
    }
  }
}
