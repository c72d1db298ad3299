package dev.regimen.core.safety;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.source.Quote;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reason not to do an exercise, or to do it only with care: a condition (by id), optionally
 * narrowed by a finding of that condition, its severity, why, and where that comes from.
 * Immutable and thread-safe.
 *
 * <p>Matching rule (applied by screening): a contraindication that names a finding applies only
 * when the person has both the condition and the finding; one that names no finding applies
 * whenever the person has the condition.
 */
@Value.Immutable
public abstract class Contraindication {
  Contraindication() {}

  /** {@return the id of the condition it concerns} */
  public abstract String conditionId();

  /** {@return the id of the finding of that condition that narrows it, when it is narrowed} */
  public abstract Optional<String> findingId();

  /** {@return how strongly it counts} */
  public abstract Severity severity();

  /** {@return why, in plain words} */
  public abstract String rationale();

  /** {@return what an expert said about it} */
  public abstract Optional<Quote> quote();

  /** {@return the ids of the sources it comes from} */
  public abstract List<String> sourceIds();

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

  /** Builds a {@link Contraindication}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableContraindication.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("contraindication");
    c.slug("conditionId", conditionId());
    findingId().ifPresent(id -> c.slug("findingId", id));
    c.notBlank("rationale", rationale());
    c.slugs("sourceIds", sourceIds());
    c.throwIfAny();
  }
}
