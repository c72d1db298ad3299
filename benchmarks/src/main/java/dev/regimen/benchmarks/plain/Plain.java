package dev.regimen.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What a user would write instead of adopting Regimen: hand-written Java records with the JSON
 * shape of Regimen's format, read and written by plain Jackson databind. No validation, no
 * defaults, no lookups: the baseline for the JSON codec, the builders, screening and session
 * plans.
 *
 * <p>Absent values are {@code null} and absent lists empty; the mapper of {@link PlainJson} leaves
 * out nulls and empty lists, as Regimen's format does. Enums are written in lowercase through
 * {@link JsonValue}, the usual way with Jackson, each name computed once.
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
   * @param title the title
   * @param summary the summary
   * @param targetSegments segment labels such as "L5-S1"
   * @param conditions the causes of pain addressed
   * @param entries the exercises with their dosage
   * @param advisories the safety notices
   * @param recommendations advice beyond the exercises
   * @param takeaways points to remember
   * @param sources where the content comes from
   */
  public record Protocol(
      String id,
      String title,
      String summary,
      List<String> targetSegments,
      List<Condition> conditions,
      List<Entry> entries,
      List<Advisory> advisories,
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
   * @param purpose the purpose, or null
   * @param startingPosition the starting position
   * @param equipment the equipment
   * @param targetAreas the target areas
   * @param steps the steps
   * @param sensations expected sensations
   * @param modifications modifications
   * @param progressions progressions
   * @param contraindications contraindications
   * @param quotes quotes
   */
  public record Exercise(
      String id,
      String name,
      ExerciseKind kind,
      String purpose,
      String startingPosition,
      List<String> equipment,
      List<BodyArea> targetAreas,
      List<Step> steps,
      List<Sensation> sensations,
      List<Modification> modifications,
      List<Progression> progressions,
      List<Contraindication> contraindications,
      List<Quote> quotes) {}

  /**
   * A step.
   *
   * @param text the instruction
   * @param hold the hold, or null
   */
  public record Step(String text, Hold hold) {}

  /**
   * A hold.
   *
   * @param seconds seconds, or null
   * @param maxSeconds the most seconds, or null
   * @param breaths breaths, or null
   * @param approximate whether approximate
   * @param wording the source's wording, or null
   */
  public record Hold(
      Integer seconds, Integer maxSeconds, Integer breaths, boolean approximate, String wording) {}

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
   * A dosage.
   *
   * @param hold the hold, or null
   * @param repetitions the repetitions
   * @param sets the sets
   * @param sideOrder the side order
   * @param firstSide the first side, or null
   * @param restSeconds rest between repetitions, or null
   * @param restBetweenSetsSeconds rest between sets, or null
   * @param frequency how often, or null
   * @param programmeWeeks weeks, or null
   * @param intensity intensity, or null
   * @param notes notes, or null
   */
  public record Dosage(
      Hold hold,
      Repetitions repetitions,
      int sets,
      SideOrder sideOrder,
      Side firstSide,
      Integer restSeconds,
      Integer restBetweenSetsSeconds,
      Frequency frequency,
      Integer programmeWeeks,
      Intensity intensity,
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
   * @param rating 0 to 10, or null
   */
  public record Intensity(String description, Integer rating) {}

  /**
   * An advisory.
   *
   * @param id the id
   * @param title the title
   * @param text the text
   * @param trigger when it applies
   * @param painWeeksAtLeast the weeks of pain from which it applies, or null
   * @param quotes quotes
   * @param sourceIds sources
   */
  public record Advisory(
      String id,
      String title,
      String text,
      AdvisoryTrigger trigger,
      Integer painWeeksAtLeast,
      List<Quote> quotes,
      List<String> sourceIds) {}

  /**
   * A recommendation.
   *
   * @param id the id
   * @param title the title
   * @param text the text
   * @param quotes quotes
   * @param sourceIds sources
   */
  public record Recommendation(
      String id, String title, String text, List<Quote> quotes, List<String> sourceIds) {}

  /**
   * A source.
   *
   * @param id the id
   * @param title the title
   * @param author the author, or null
   * @param publisher the publisher, or null
   * @param link the link, or null
   * @param experts experts quoted
   * @param note a note, or null
   */
  public record Source(
      String id,
      String title,
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
    AEROBIC;

    private final String json = lower(this);

    /** {@return the JSON name} */
    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Body areas. */
  public enum BodyArea {
    /** Neck. */
    NECK,
    /** Shoulders. */
    SHOULDERS,
    /** Chest. */
    CHEST,
    /** Upper back. */
    UPPER_BACK,
    /** Lower back. */
    LOWER_BACK,
    /** Core. */
    CORE,
    /** Abdominals. */
    ABDOMINALS,
    /** Hips. */
    HIPS,
    /** Hip flexors. */
    HIP_FLEXORS,
    /** Glutes. */
    GLUTES,
    /** Groin. */
    GROIN,
    /** Adductors. */
    ADDUCTORS,
    /** Hamstrings. */
    HAMSTRINGS,
    /** Quadriceps. */
    QUADRICEPS,
    /** Calves. */
    CALVES;

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
