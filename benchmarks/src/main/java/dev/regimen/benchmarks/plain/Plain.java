package dev.regimen.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a user would write instead of adopting Regimen: hand-written Java records with the JSON
 * shape of Regimen's format, version 2, read and written by plain Jackson databind. No validation,
 * no defaults, no lookups: the baseline for the JSON codec, the builders, screening and session
 * plans.
 *
 * <p>The shape, as the format writes it:
 *
 * <ul>
 *   <li>Absent values are {@code null} and absent lists empty; the mapper of {@link PlainJson}
 *       leaves out nulls and empty lists. A flag the format writes only when it is true ({@code
 *       orMore}, {@code asManyAsPossible}, {@code needsNoEquipment}, {@code needsPartner}) is left
 *       out when false ({@link JsonInclude.Include#NON_DEFAULT}); {@code approximate} is always
 *       written. A language is {@code null} when it is the default, {@code en}, which the format
 *       leaves out.
 *   <li>A {@link Range} is a number when it is one value and {@code {"min": .., "max": ..}}
 *       otherwise; a {@link BodyArea} is a standard area's id, or {@code {"id": .., "displayName":
 *       ..}} for a custom one ({@code displayName} null for a standard area). Both are written
 *       through {@link JsonValue} and read through a delegating {@link JsonCreator}, the usual way
 *       with Jackson for a value of two shapes.
 *   <li>A load's amount is a {@link Number}: an {@link Integer} for a whole amount, which the
 *       format writes without a fraction ({@code 20}), else a {@link Double}.
 *   <li>Enums are written in lowercase through {@link JsonValue}, each name computed once.
 * </ul>
 */
public final class Plain {
  private Plain() {}

  /**
   * The document envelope.
   *
   * @param schemaVersion the format version
   * @param protocol the protocol
   */
  public record Document(int schemaVersion, Protocol protocol) {}

  /**
   * A protocol.
   *
   * @param id the id
   * @param name the name
   * @param language a BCP 47 tag, or null for the default, {@code en}
   * @param summary the summary
   * @param targetSegments segment labels such as "L5-S1"
   * @param conditions the causes of pain addressed
   * @param entries the exercises with their dosage
   * @param advisories the safety notices
   * @param cautions safety notes in words, for the whole protocol
   * @param recommendations advice beyond the exercises
   * @param takeaways points to remember
   * @param sources where the content comes from
   */
  public record Protocol(
      String id,
      String name,
      String language,
      String summary,
      List<String> targetSegments,
      List<Condition> conditions,
      List<Entry> entries,
      List<Advisory> advisories,
      List<Caution> cautions,
      List<Recommendation> recommendations,
      List<String> takeaways,
      List<Source> sources) {}

  /**
   * A cause of pain.
   *
   * @param id the id
   * @param name the name
   * @param description the description
   * @param affectedSegments segment labels
   * @param codings codes in terminologies
   * @param findings findings that refine it
   */
  public record Condition(
      String id,
      String name,
      String description,
      List<String> affectedSegments,
      List<Coding> codings,
      List<Finding> findings) {}

  /**
   * A code.
   *
   * @param system the terminology
   * @param code the code
   * @param display its display text
   */
  public record Coding(String system, String code, String display) {}

  /**
   * A finding.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   */
  public record Finding(String id, String name, String description) {}

  /**
   * A protocol entry.
   *
   * @param exercise the exercise
   * @param dosage the dosage
   * @param note a note, or null
   */
  public record Entry(Exercise exercise, Dosage dosage, String note) {}

  /**
   * An exercise.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param language a BCP 47 tag, or null for the default, {@code en}
   * @param level the level, or null
   * @param force the force, or null
   * @param mechanic the mechanic, or null
   * @param purpose the purpose, or null
   * @param startingPosition the starting position, or null
   * @param equipment the equipment
   * @param needsNoEquipment whether no equipment is needed
   * @param needsPartner whether a partner is needed
   * @param primaryTargets the areas mainly worked
   * @param secondaryTargets the areas worked less
   * @param steps the steps
   * @param sensations expected sensations
   * @param modifications modifications
   * @param progressions progressions
   * @param contraindications contraindications
   * @param cautions safety notes in words
   * @param quotes quotes
   * @param media pictures and videos
   * @param sources the exercise's own sources
   * @param authors who wrote it
   * @param licence an SPDX id, or null
   * @param externalIds ids in other datasets
   */
  public record Exercise(
      String id,
      String name,
      ExerciseKind kind,
      String language,
      ExerciseLevel level,
      Force force,
      Mechanic mechanic,
      String purpose,
      String startingPosition,
      List<String> equipment,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean needsNoEquipment,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean needsPartner,
      List<BodyArea> primaryTargets,
      List<BodyArea> secondaryTargets,
      List<Step> steps,
      List<Sensation> sensations,
      List<Modification> modifications,
      List<Progression> progressions,
      List<Contraindication> contraindications,
      List<Caution> cautions,
      List<Quote> quotes,
      List<Media> media,
      List<Source> sources,
      List<Person> authors,
      String licence,
      List<ExternalId> externalIds) {}

  /**
   * A body area: a standard one by its id ({@code displayName} null), or a custom one.
   *
   * @param id the id, such as {@code lower_back}
   * @param displayName a custom area's everyday name, or null for a standard area
   */
  public record BodyArea(String id, String displayName) {
    /**
     * {@return the JSON value: the id of a standard area, or the id and display name of a custom
     * one}
     */
    @JsonValue
    public Object json() {
      return displayName == null ? id : new CustomArea(id, displayName);
    }

    /**
     * Reads either shape.
     *
     * @param json a string, or an object with {@code id} and {@code displayName}
     * @return the area
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BodyArea of(Object json) {
      if (json instanceof Map<?, ?> m) {
        return new BodyArea((String) m.get("id"), (String) m.get("displayName"));
      }
      return new BodyArea((String) json, null);
    }
  }

  /**
   * A custom area, as written.
   *
   * @param id the id
   * @param displayName the everyday name
   */
  public record CustomArea(String id, String displayName) {}

  /**
   * A whole number or a range of them.
   *
   * @param min the smallest value
   * @param max the largest value
   */
  public record Range(int min, int max) {
    /** {@return the JSON value: the number when {@code min == max}, else both bounds} */
    @JsonValue
    public Object json() {
      return min == max ? (Object) min : new Bounds(min, max);
    }

    /**
     * Reads either shape.
     *
     * @param json a number, or an object with {@code min} and {@code max}
     * @return the range
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Range of(Object json) {
      if (json instanceof Map<?, ?> m) {
        return new Range(((Number) m.get("min")).intValue(), ((Number) m.get("max")).intValue());
      }
      int value = ((Number) json).intValue();
      return new Range(value, value);
    }
  }

  /**
   * A range's bounds, as written.
   *
   * @param min the smallest value
   * @param max the largest value
   */
  public record Bounds(int min, int max) {}

  /**
   * A step.
   *
   * @param text the instruction
   * @param phase when it is done
   * @param hold the hold, or null
   * @param media pictures and videos of the step
   */
  public record Step(String text, StepPhase phase, Hold hold, List<Media> media) {}

  /**
   * A hold.
   *
   * @param seconds seconds, or null
   * @param maxSeconds the most seconds, or null
   * @param breaths breaths, or null
   * @param maxBreaths the most breaths, or null
   * @param orMore whether the numbers are a lower bound only
   * @param approximate whether approximate
   * @param wording the source's wording, or null
   */
  public record Hold(
      Integer seconds,
      Integer maxSeconds,
      Integer breaths,
      Integer maxBreaths,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean orMore,
      boolean approximate,
      String wording) {}

  /**
   * A sensation.
   *
   * @param description what is felt
   * @param areas where
   */
  public record Sensation(String description, List<BodyArea> areas) {}

  /**
   * A modification.
   *
   * @param reason why
   * @param when when it applies
   * @param instruction what to do
   */
  public record Modification(ModificationReason reason, String when, String instruction) {}

  /**
   * A progression.
   *
   * @param name the name
   * @param direction easier or harder
   * @param instruction what to do, or null
   * @param sign when to move on
   */
  public record Progression(
      String name, ProgressionDirection direction, String instruction, String sign) {}

  /**
   * A contraindication.
   *
   * @param conditionId the condition
   * @param findingId the finding, or null
   * @param severity avoid or caution
   * @param rationale why
   * @param quote a quote, or null
   * @param sourceIds sources
   */
  public record Contraindication(
      String conditionId,
      String findingId,
      Severity severity,
      String rationale,
      Quote quote,
      List<String> sourceIds) {}

  /**
   * A caution in words, naming no coded condition.
   *
   * @param text the note
   * @param severity avoid or caution
   * @param quote a quote, or null
   * @param sourceIds sources
   */
  public record Caution(String text, Severity severity, Quote quote, List<String> sourceIds) {}

  /**
   * A quote.
   *
   * @param text the words
   * @param speaker who said them
   * @param sourceId the source, or null
   */
  public record Quote(String text, Person speaker, String sourceId) {}

  /**
   * A person.
   *
   * @param name the name
   * @param credentials credentials, or null
   * @param role role, or null
   */
  public record Person(String name, String credentials, String role) {}

  /**
   * A picture or a video.
   *
   * @param uri where it is
   * @param mediaType such as {@code image/jpeg}
   * @param altText what it shows
   * @param role what it shows of the exercise
   * @param caption a caption, or null
   */
  public record Media(String uri, String mediaType, String altText, MediaRole role, String caption) {}

  /**
   * An id in another dataset.
   *
   * @param dataset the dataset
   * @param id the id there
   */
  public record ExternalId(String dataset, String id) {}

  /**
   * A dosage.
   *
   * @param repetitions the repetitions, or null
   * @param duration how long a set goes on, or null
   * @param distance how far a set goes, or null
   * @param asManyAsPossible whether as many as possible
   * @param hold the hold, or null
   * @param sets the sets
   * @param sideOrder the side order
   * @param firstSide the first side, or null
   * @param restSeconds rest between repetitions, or null
   * @param restBetweenSetsSeconds rest between sets, or null
   * @param frequency how often, or null
   * @param programmeWeeks weeks, or null
   * @param intensity intensity, or null
   * @param load the load, or null
   * @param effort the effort, or null
   * @param tempo the tempo's notation, or null
   * @param notes notes, or null
   */
  public record Dosage(
      Repetitions repetitions,
      TimeRange duration,
      Distance distance,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean asManyAsPossible,
      Hold hold,
      Range sets,
      SideOrder sideOrder,
      Side firstSide,
      Range restSeconds,
      Range restBetweenSetsSeconds,
      Frequency frequency,
      Integer programmeWeeks,
      Intensity intensity,
      Load load,
      Effort effort,
      String tempo,
      String notes) {}

  /**
   * Repetitions.
   *
   * @param min the fewest
   * @param max the most
   * @param basis per side or in total
   */
  public record Repetitions(int min, int max, RepetitionBasis basis) {}

  /**
   * A time.
   *
   * @param seconds the time, or the shortest
   * @param maxSeconds the longest, or null
   * @param orMore whether {@code seconds} is a lower bound only
   * @param approximate whether approximate
   * @param wording the source's wording, or null
   */
  public record TimeRange(
      int seconds,
      Integer maxSeconds,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean orMore,
      boolean approximate,
      String wording) {}

  /**
   * A distance.
   *
   * @param amount the distance, or the shortest
   * @param maxAmount the longest, or null
   * @param unit the unit
   */
  public record Distance(int amount, Integer maxAmount, DistanceUnit unit) {}

  /**
   * A frequency.
   *
   * @param min the fewest times
   * @param max the most times
   * @param period per day or week
   * @param wording the source's wording, or null
   */
  public record Frequency(int min, int max, FrequencyPeriod period, String wording) {}

  /**
   * An intensity.
   *
   * @param description in words
   */
  public record Intensity(String description) {}

  /**
   * A load.
   *
   * @param unit the unit
   * @param amount the amount, or null
   * @param maxAmount the largest amount, or null
   * @param description in words, or null
   */
  public record Load(LoadUnit unit, Number amount, Number maxAmount, String description) {}

  /**
   * An effort.
   *
   * @param scale the scale
   * @param value the rating, or the lowest
   * @param maxValue the highest, or null
   */
  public record Effort(EffortScale scale, int value, Integer maxValue) {}

  /**
   * An advisory.
   *
   * @param id the id
   * @param name the name
   * @param text the text
   * @param trigger when it applies
   * @param painWeeksAtLeast the weeks of pain from which it applies, or null
   * @param quotes quotes
   * @param sourceIds sources
   */
  public record Advisory(
      String id,
      String name,
      String text,
      AdvisoryTrigger trigger,
      Integer painWeeksAtLeast,
      List<Quote> quotes,
      List<String> sourceIds) {}

  /**
   * A recommendation.
   *
   * @param id the id
   * @param name the name
   * @param text the text
   * @param quotes quotes
   * @param sourceIds sources
   */
  public record Recommendation(
      String id, String name, String text, List<Quote> quotes, List<String> sourceIds) {}

  /**
   * A source.
   *
   * @param id the id
   * @param name the name
   * @param author the author, or null
   * @param publisher the publisher, or null
   * @param link the link, or null
   * @param experts experts quoted
   * @param note a note, or null
   */
  public record Source(
      String id,
      String name,
      String author,
      String publisher,
      String link,
      List<Person> experts,
      String note) {}

  private static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Exercise kinds. */
  public enum ExerciseKind {
    /** A stretch. */
    STRETCH,
    /** Strengthening. */
    STRENGTHENING,
    /** Mobility. */
    MOBILITY,
    /** Aerobic. */
    AEROBIC,
    /** Balance. */
    BALANCE,
    /** Plyometric. */
    PLYOMETRIC,
    /** Powerlifting. */
    POWERLIFTING,
    /** Olympic weightlifting. */
    OLYMPIC_WEIGHTLIFTING,
    /** Strongman. */
    STRONGMAN,
    /** Breathing. */
    BREATHING,
    /** Self-massage. */
    SELF_MASSAGE;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Exercise levels. */
  public enum ExerciseLevel {
    /** Beginner. */
    BEGINNER,
    /** Intermediate. */
    INTERMEDIATE,
    /** Advanced. */
    ADVANCED;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Forces. */
  public enum Force {
    /** Push. */
    PUSH,
    /** Pull. */
    PULL,
    /** Static. */
    STATIC;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Mechanics. */
  public enum Mechanic {
    /** Compound. */
    COMPOUND,
    /** Isolation. */
    ISOLATION;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Step phases. */
  public enum StepPhase {
    /** Once, before the first set. */
    SETUP,
    /** Each time the work moves to a side. */
    SIDE_SETUP,
    /** Every repetition. */
    REPETITION,
    /** Where the plan switches sides. */
    SWITCH_SIDES,
    /** Once, after the last set. */
    FINISH;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Media roles. */
  public enum MediaRole {
    /** The start position. */
    START_POSITION,
    /** A position midway. */
    MID_POSITION,
    /** The end position. */
    END_POSITION,
    /** The movement. */
    MOVEMENT,
    /** Anything else that explains the exercise. */
    ILLUSTRATION;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Why a modification applies. */
  public enum ModificationReason {
    /** Limited flexibility. */
    LIMITED_FLEXIBILITY,
    /** Discomfort. */
    DISCOMFORT,
    /** Balance. */
    BALANCE,
    /** Setting. */
    SETTING,
    /** Other. */
    OTHER;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Progression directions. */
  public enum ProgressionDirection {
    /** Easier. */
    EASIER,
    /** Harder. */
    HARDER;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Severities. */
  public enum Severity {
    /** Avoid. */
    AVOID,
    /** Caution. */
    CAUTION;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Repetition bases. */
  public enum RepetitionBasis {
    /** Per side. */
    PER_SIDE,
    /** In total. */
    TOTAL;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Side orders. */
  public enum SideOrder {
    /** Both at once. */
    BOTH_AT_ONCE,
    /** One side, then the other. */
    ONE_SIDE_THEN_OTHER,
    /** Alternating. */
    ALTERNATING;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Sides. */
  public enum Side {
    /** Left. */
    LEFT,
    /** Right. */
    RIGHT;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Frequency periods. */
  public enum FrequencyPeriod {
    /** Per day. */
    DAY,
    /** Per week. */
    WEEK;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Distance units. */
  public enum DistanceUnit {
    /** Metres. */
    METRES,
    /** Kilometres. */
    KILOMETRES,
    /** Yards. */
    YARDS,
    /** Miles. */
    MILES;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Load units. */
  public enum LoadUnit {
    /** Kilograms. */
    KILOGRAMS,
    /** Pounds. */
    POUNDS,
    /** A percentage of the one-repetition maximum. */
    PERCENT_OF_ONE_REP_MAX,
    /** Body weight. */
    BODY_WEIGHT,
    /** A band. */
    BAND;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Effort scales. */
  public enum EffortScale {
    /** Rating of perceived exertion. */
    RPE,
    /** Repetitions in reserve. */
    REPETITIONS_IN_RESERVE;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Advisory triggers. */
  public enum AdvisoryTrigger {
    /** Always. */
    ALWAYS,
    /** During exercise. */
    DURING_EXERCISE,
    /** When pain persists. */
    PAIN_PERSISTS,
    /** When in pain now. */
    IN_PAIN_NOW;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }
}
