package dev.regimen.core.safety;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.source.Quote;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A safety note in words, naming no coded condition: "Avoid this position if you have knee
 * problems". An exercise or a protocol carries it. It is safety content like any
 * contraindication: every sheet shows it in its safety section, and screening, which cannot judge
 * words, never calls an exercise that carries one suitable without saying to read it. Immutable and
 * thread-safe.
 *
 * <p>Rules: the text not blank; source ids lowercase slugs.
 */
@Value.Immutable
public abstract class Caution {
  Caution() {}

  /** {@return the note, such as "Avoid this position if you have knee problems"} */
  public abstract String text();

  /** {@return how strongly it counts; {@link Severity#CAUTION} unless set} */
  @Value.Default
  public Severity severity() {
    return Severity.CAUTION;
  }

  /** {@return what an expert said about it} */
  public abstract Optional<Quote> quote();

  /** {@return the ids of the sources it comes from} */
  public abstract List<String> sourceIds();

  /**
   * A caution of severity {@link Severity#CAUTION}.
   *
   * @param text the note, not blank
   * @return the caution
   * @throws ValidationException if {@code text} is blank
   */
  public static Caution of(String text) {
    return builder().text(text).build();
  }

  /**
   * A caution of severity {@link Severity#AVOID}: "Do not do this exercise if ...".
   *
   * @param text the note, not blank
   * @return the caution
   * @throws ValidationException if {@code text} is blank
   */
  public static Caution avoid(String text) {
    return builder().text(text).severity(Severity.AVOID).build();
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

  /** Builds a {@link Caution}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableCaution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("caution");
    c.notBlank("text", text());
    c.slugs("sourceIds", sourceIds());
    c.throwIfAny();
  }
}
