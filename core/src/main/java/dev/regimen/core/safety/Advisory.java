package dev.regimen.core.safety;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.source.Quote;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A safety notice for a whole protocol, such as "consult a professional before starting", with
 * when it applies. The thresholds that decide when it applies are data here, not constants in the
 * screening code. Immutable and thread-safe.
 *
 * <p>Rules: the id a lowercase slug; name and text not blank; {@link #painWeeksAtLeast()} given,
 * and at least 1, exactly when the trigger is {@link AdvisoryTrigger#PAIN_PERSISTS}.
 */
@Value.Immutable
public abstract class Advisory {
  Advisory() {}

  /** {@return the id, a lowercase slug} */
  public abstract String id();

  /** {@return the notice in a few words, such as "Consult a professional before starting"} */
  public abstract String name();

  /** {@return the notice in full} */
  public abstract String text();

  /** {@return when it applies} */
  public abstract AdvisoryTrigger trigger();

  /** {@return for {@link AdvisoryTrigger#PAIN_PERSISTS}: the weeks of pain from which it applies} */
  public abstract OptionalInt painWeeksAtLeast();

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

  /** Builds an {@link Advisory}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableAdvisory.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("advisory");
    c.slug("id", id());
    c.notBlank("name", name());
    c.notBlank("text", text());
    if (trigger() == AdvisoryTrigger.PAIN_PERSISTS) {
      if (painWeeksAtLeast().isEmpty()) {
        c.fail("painWeeksAtLeast", "is required when the trigger is pain_persists");
      } else {
        c.positive("painWeeksAtLeast", painWeeksAtLeast().getAsInt());
      }
    } else {
      c.require(
          painWeeksAtLeast().isEmpty(),
          "painWeeksAtLeast",
          "is only allowed when the trigger is pain_persists");
    }
    c.slugs("sourceIds", sourceIds());
    c.throwIfAny();
  }
}
