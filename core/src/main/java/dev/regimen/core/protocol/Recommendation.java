package dev.regimen.core.protocol;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.source.Quote;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import org.immutables.value.Value;

/**
 * Advice that goes with a protocol beyond its exercises, such as "Strengthen your core".
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recommendation {
  Recommendation() {}

  /** {@return the id, a lowercase slug} */
  public abstract String id();

  /** {@return the advice in a few words} */
  public abstract String name();

  /** {@return the advice in full} */
  public abstract String text();

  /** {@return what experts said about it} */
  public abstract List<Quote> quotes();

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

  /** Builds a {@link Recommendation}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("recommendation");
    c.slug("id", id());
    c.notBlank("name", name());
    c.notBlank("text", text());
    c.slugs("sourceIds", sourceIds());
    c.throwIfAny();
  }
}
