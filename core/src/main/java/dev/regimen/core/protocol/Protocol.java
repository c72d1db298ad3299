package dev.regimen.core.protocol;

import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import dev.regimen.core.validation.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An exercise protocol: what it is for (target segments, the causes of pain it addresses), its
 * exercises in order with their dosage, the advisories that keep it safe, recommendations,
 * takeaways and sources. Immutable and thread-safe.
 *
 * <p>Building a protocol checks every rule at once and reports every violation with its path (for
 * example {@code entries[1].exercise.contraindications[0].conditionId}): the id a lowercase slug;
 * name and summary not blank; the language a canonical BCP 47 tag; at least one entry; exercise,
 * condition, advisory, recommendation and source ids unique; every contraindication names a
 * condition of the protocol and, when it names a finding, a finding of that condition; every
 * source id used (by contraindications, cautions, advisories, recommendations and quotes) names a
 * source of the protocol or, inside an exercise, one of the exercise's own sources; an exercise's
 * own source that has the id of a protocol source is that same source; takeaways not blank.
 */
@Value.Immutable
public abstract class Protocol {
  Protocol() {}

  /** {@return the id, a lowercase slug such as "l5-s1-relief"} */
  public abstract String id();

  /** {@return the name shown to people, such as "L5-S1 Relief Stretches"} */
  public abstract String name();

  /**
   * {@return the language of the protocol's text, a BCP 47 tag such as {@code en} or {@code es};
   * {@value Exercise#DEFAULT_LANGUAGE} unless set}
   */
  @Value.Default
  public String language() {
    return Exercise.DEFAULT_LANGUAGE;
  }

  /** {@return what the routine is for, in a sentence or two} */
  public abstract String summary();

  /** {@return the spinal segments it targets} */
  public abstract List<SpinalSegment> targetSegments();

  /** {@return the causes of pain it addresses; contraindications refer to these by id} */
  public abstract List<Condition> conditions();

  /** {@return the exercises with their dosage, in order; never empty} */
  public abstract List<ProtocolEntry> entries();

  /** {@return the safety notices for the whole protocol} */
  public abstract List<Advisory> advisories();

  /** {@return safety notes in words for the whole protocol, naming no coded condition} */
  public abstract List<Caution> cautions();

  /** {@return advice beyond the exercises} */
  public abstract List<Recommendation> recommendations();

  /** {@return the points to remember} */
  public abstract List<String> takeaways();

  /** {@return where the content comes from} */
  public abstract List<Source> sources();

  /**
   * Finds a condition of the protocol.
   *
   * @param conditionId the condition's id
   * @return the condition, or empty
   * @throws NullPointerException if {@code conditionId} is null
   */
  public Optional<Condition> condition(String conditionId) {
    Objects.requireNonNull(conditionId, "conditionId");
    return conditions().stream().filter(c -> c.id().equals(conditionId)).findFirst();
  }

  /**
   * Finds a source of the protocol.
   *
   * @param sourceId the source's id
   * @return the source, or empty
   * @throws NullPointerException if {@code sourceId} is null
   */
  public Optional<Source> source(String sourceId) {
    Objects.requireNonNull(sourceId, "sourceId");
    return sources().stream().filter(s -> s.id().equals(sourceId)).findFirst();
  }

  /**
   * Finds an entry by its exercise's id.
   *
   * @param exerciseId the exercise's id
   * @return the entry, or empty
   * @throws NullPointerException if {@code exerciseId} is null
   */
  public Optional<ProtocolEntry> entry(String exerciseId) {
    Objects.requireNonNull(exerciseId, "exerciseId");
    return entries().stream().filter(e -> e.exercise().id().equals(exerciseId)).findFirst();
  }

  /** {@return the language as a locale} */
  public Locale locale() {
    return Locale.forLanguageTag(language());
  }

  /** {@return the exercises, in order} */
  public List<Exercise> exercises() {
    return entries().stream().map(ProtocolEntry::exercise).collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return a short description for logs and debuggers, of bounded length however large the
   * protocol: its id, its name (the first 60 characters) and how many
   * entries, conditions and advisories it has, such as {@code Protocol{id=l5-s1-relief,
   * name=L5-S1 Relief Stretches, entries=3, conditions=4, advisories=3}}}
   */
  @Override
  public String toString() {
    return "Protocol{id=" + id() + ", name=" + Checks.abbreviate(name()) + ", entries=" + entries().size()
        + ", conditions=" + conditions().size() + ", advisories=" + advisories().size() + "}";
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

  /** Builds a {@link Protocol}; {@code build()} throws {@link ValidationException} listing every broken rule. */
  public static final class Builder extends ImmutableProtocol.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("protocol");
    c.slug("id", id());
    c.notBlank("name", name());
    c.notBlank("summary", summary());
    c.languageTag("language", language());
    c.require(!entries().isEmpty(), "entries", "must have at least one entry");
    c.noneBlank("takeaways", takeaways());
    c.unique("entries", "exercise.id", ids(entries(), e -> e.exercise().id()), "exercise id");
    c.unique("conditions", "id", ids(conditions(), Condition::id), "condition id");
    c.unique("advisories", "id", ids(advisories(), Advisory::id), "advisory id");
    c.unique("recommendations", "id", ids(recommendations(), Recommendation::id), "recommendation id");
    c.unique("sources", "id", ids(sources(), Source::id), "source id");

    Map<String, Condition> conditionsById =
        conditions().stream().collect(Collectors.toMap(Condition::id, x -> x, (a, b) -> a));
    Map<String, Source> protocolSources =
        sources().stream().collect(Collectors.toMap(Source::id, x -> x, (a, b) -> a));
    Set<String> protocolSourceIds = protocolSources.keySet();

    for (int i = 0; i < entries().size(); i++) {
      Exercise exercise = entries().get(i).exercise();
      String at = "entries[" + i + "].exercise";
      Set<String> sourceIds = knownSources(c, at, exercise, protocolSources);
      for (int k = 0; k < exercise.contraindications().size(); k++) {
        Contraindication ci = exercise.contraindications().get(k);
        String path = at + ".contraindications[" + k + "]";
        Condition condition = conditionsById.get(ci.conditionId());
        if (condition == null) {
          c.fail(
              path + ".conditionId",
              "names condition '" + ci.conditionId() + "', which is not among the protocol's"
                  + " conditions " + conditionsById.keySet().stream().sorted().collect(Collectors.toList()));
        } else if (ci.findingId().isPresent() && condition.finding(ci.findingId().get()).isEmpty()) {
          c.fail(
              path + ".findingId",
              "names finding '" + ci.findingId().get() + "', which is not a finding of condition '"
                  + condition.id() + "'");
        }
        checkSources(c, path + ".sourceIds", ci.sourceIds(), sourceIds);
        ci.quote().ifPresent(q -> checkQuote(c, path + ".quote", q, sourceIds));
      }
      checkCautions(c, at + ".cautions", exercise.cautions(), sourceIds);
      for (int k = 0; k < exercise.quotes().size(); k++) {
        checkQuote(c, at + ".quotes[" + k + "]", exercise.quotes().get(k), sourceIds);
      }
    }
    Set<String> sourceIds = protocolSourceIds;
    checkCautions(c, "cautions", cautions(), sourceIds);
    for (int i = 0; i < advisories().size(); i++) {
      Advisory a = advisories().get(i);
      checkSources(c, "advisories[" + i + "].sourceIds", a.sourceIds(), sourceIds);
      for (int k = 0; k < a.quotes().size(); k++) {
        checkQuote(c, "advisories[" + i + "].quotes[" + k + "]", a.quotes().get(k), sourceIds);
      }
    }
    for (int i = 0; i < recommendations().size(); i++) {
      Recommendation r = recommendations().get(i);
      checkSources(c, "recommendations[" + i + "].sourceIds", r.sourceIds(), sourceIds);
      for (int k = 0; k < r.quotes().size(); k++) {
        checkQuote(c, "recommendations[" + i + "].quotes[" + k + "]", r.quotes().get(k), sourceIds);
      }
    }
    c.throwIfAny();
  }

  private static <T> List<String> ids(List<T> values, Function<T, String> id) {
    return values.stream().map(id).collect(Collectors.toList());
  }

  /**
   * The source ids an exercise may name: the protocol's and the exercise's own; an own source that
   * takes the id of a different protocol source is a violation.
   */
  private static Set<String> knownSources(
      Checks c, String at, Exercise exercise, Map<String, Source> protocolSources) {
    if (exercise.sources().isEmpty()) {
      return protocolSources.keySet();
    }
    Set<String> known = new HashSet<>(protocolSources.keySet());
    for (int k = 0; k < exercise.sources().size(); k++) {
      Source own = exercise.sources().get(k);
      Source same = protocolSources.get(own.id());
      if (same != null && !same.equals(own)) {
        c.fail(
            at + ".sources[" + k + "].id",
            "'" + own.id() + "' is the id of another source of the protocol; give the exercise's"
                + " source another id, or make it the same source");
      }
      known.add(own.id());
    }
    return known;
  }

  private static void checkCautions(Checks c, String path, List<Caution> cautions, Set<String> known) {
    for (int k = 0; k < cautions.size(); k++) {
      Caution caution = cautions.get(k);
      String at = path + "[" + k + "]";
      checkSources(c, at + ".sourceIds", caution.sourceIds(), known);
      caution.quote().ifPresent(q -> checkQuote(c, at + ".quote", q, known));
    }
  }

  private static void checkSources(Checks c, String path, List<String> used, Set<String> known) {
    for (int i = 0; i < used.size(); i++) {
      if (!known.contains(used.get(i))) {
        c.fail(path + "[" + i + "]", danglingSource(used.get(i)));
      }
    }
  }

  private static void checkQuote(Checks c, String path, Quote quote, Set<String> known) {
    quote
        .sourceId()
        .filter(id -> !known.contains(id))
        .ifPresent(id -> c.fail(path + ".sourceId", danglingSource(id)));
  }

  private static String danglingSource(String id) {
    return "names source '" + id + "', which is not among the protocol's sources";
  }
}
