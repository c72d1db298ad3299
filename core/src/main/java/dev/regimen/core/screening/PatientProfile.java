package dev.regimen.core.screening;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What is known of a person for screening: the conditions they have and the findings that refine
 * them (by the ids a protocol's {@link dev.regimen.core.condition.Condition}s and {@link
 * dev.regimen.core.condition.Finding}s use), how long the pain has lasted, and whether they are in
 * pain right now. What is not known is left out: an unknown pain duration is empty, not zero, and
 * whether the person is in pain now is empty, not false, until somebody says.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * PatientProfile profile = PatientProfile.builder()
 *     .addConditionIds("herniated-disc")
 *     .addFindingIds("disc-extruded-onto-nerve")
 *     .painWeeks(6)
 *     .inPain(true)
 *     .build();
 * }</pre>
 *
 * <p>Rules: every id a lowercase slug; the weeks of pain not negative. The ids keep the order they
 * were added in; a repeated id is kept once.
 */
@Value.Immutable
public abstract class PatientProfile {
  PatientProfile() {}

  /** {@return the ids of the conditions the person has, such as "herniated-disc"} */
  public abstract Set<String> conditionIds();

  /** {@return the ids of the findings that refine them, such as "disc-extruded-onto-nerve"} */
  public abstract Set<String> findingIds();

  /** {@return how many weeks the pain has lasted, when known} */
  public abstract OptionalInt painWeeks();

  /**
   * {@return whether the person is in pain right now, when known: empty unless set, so that a
   * sheet never says "no" for what nobody was asked}
   */
  public abstract Optional<Boolean> inPain();

  /**
   * Whether the person has a condition.
   *
   * @param conditionId the condition's id
   * @return whether {@link #conditionIds()} holds it
   * @throws NullPointerException if {@code conditionId} is null
   */
  public boolean hasCondition(String conditionId) {
    Objects.requireNonNull(conditionId, "conditionId");
    return conditionIds().contains(conditionId);
  }

  /**
   * Whether the person has a finding.
   *
   * @param findingId the finding's id
   * @return whether {@link #findingIds()} holds it
   * @throws NullPointerException if {@code findingId} is null
   */
  public boolean hasFinding(String findingId) {
    Objects.requireNonNull(findingId, "findingId");
    return findingIds().contains(findingId);
  }

  /**
   * {@return the profile of a person of whom nothing is known: no conditions, no findings, pain
   * duration unknown, not in pain now}
   */
  public static PatientProfile empty() {
    return builder().build();
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
   * Builds a {@link PatientProfile}; {@code build()} throws {@link ValidationException} listing
   * every broken rule.
   */
  public static final class Builder extends ImmutablePatientProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("profile");
    c.slugs("conditionIds", List.copyOf(conditionIds()));
    c.slugs("findingIds", List.copyOf(findingIds()));
    painWeeks().ifPresent(w -> c.notNegative("painWeeks", w));
    c.throwIfAny();
  }
}
