package dev.regimen.core.screening;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.source.Source;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import org.immutables.value.Value;

/**
 * An advisory of a protocol that applies to the screened person, with why it applies and the
 * sources it cites, resolved from the protocol. Immutable and thread-safe.
 *
 * <p>Rules: the reason not blank; the sources exactly those the advisory cites (its source ids,
 * then its quotes' sources not among them), in that order.
 */
@Value.Immutable
public abstract class ApplicableAdvisory {
  ApplicableAdvisory() {}

  /** {@return the advisory} */
  public abstract Advisory advisory();

  /**
   * {@return why it applies to this person, in words, such as "The pain has lasted 6 weeks; this
   * applies from 2 weeks."}
   */
  public abstract String because();

  /** {@return the sources the advisory cites, resolved from the protocol} */
  public abstract List<Source> sources();

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
   * Builds an {@link ApplicableAdvisory}; {@code build()} throws {@link ValidationException} on a
   * broken rule.
   */
  public static final class Builder extends ImmutableApplicableAdvisory.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("applicable advisory");
    c.notBlank("because", because());
    Citations.requireExactly(c, sources(), Citations.of(advisory()));
    c.throwIfAny();
  }
}
