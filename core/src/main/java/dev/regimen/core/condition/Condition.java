package dev.regimen.core.condition;

import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A cause of pain, such as a herniated disc: its description, the segments it affects, standard
 * codes where one clearly fits, and the findings that refine it. Immutable and thread-safe.
 *
 * <p>Rules: the id a lowercase slug; name and description not blank; finding ids unique.
 */
@Value.Immutable
public abstract class Condition {
  Condition() {}

  /** {@return the id, a lowercase slug such as "herniated-disc"} */
  public abstract String id();

  /** {@return the name} */
  public abstract String name();

  /** {@return what it is, in plain words} */
  public abstract String description();

  /** {@return the segments it affects} */
  public abstract List<SpinalSegment> affectedSegments();

  /** {@return standard codes for it (ICD-10-CM, SNOMED CT, ...)} */
  public abstract List<Coding> codings();

  /** {@return the findings that refine it} */
  public abstract List<Finding> findings();

  /**
   * Finds one of this condition's findings.
   *
   * @param findingId the finding's id
   * @return the finding, or empty
   * @throws NullPointerException if {@code findingId} is null
   */
  public Optional<Finding> finding(String findingId) {
    Objects.requireNonNull(findingId, "findingId");
    return findings().stream().filter(f -> f.id().equals(findingId)).findFirst();
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

  /** Builds a {@link Condition}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableCondition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("condition");
    c.slug("id", id());
    c.notBlank("name", name());
    c.notBlank("description", description());
    c.unique("findings", "id", findings().stream().map(Finding::id).collect(Collectors.toList()), "finding id");
    c.throwIfAny();
  }
}
