package dev.regimen.core.source;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Words someone said, kept as a quote with its speaker and, optionally, the id of the source it
 * was published in. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quote {
  Quote() {}

  /** {@return the quoted words, without quotation marks} */
  public abstract String text();

  /** {@return who said it} */
  public abstract Person speaker();

  /** {@return the id of the {@link Source} that published the quote, when known} */
  public abstract Optional<String> sourceId();

  /**
   * A quote.
   *
   * @param text the words, not blank
   * @param speaker who said them
   * @return the quote
   * @throws NullPointerException if an argument is null
   * @throws ValidationException if {@code text} is blank
   */
  public static Quote of(String text, Person speaker) {
    return builder().text(text).speaker(speaker).build();
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

  /** Builds a {@link Quote}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("quote");
    c.notBlank("text", text());
    sourceId().ifPresent(id -> c.slug("sourceId", id));
    c.throwIfAny();
  }
}
