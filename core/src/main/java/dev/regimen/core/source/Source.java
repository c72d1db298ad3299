package dev.regimen.core.source;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where content comes from: an article, a guideline, a study. Other values refer to a source by
 * its {@linkplain #id() id}. Immutable and thread-safe.
 *
 * <p>Rules: the id a lowercase slug; the name not blank; the link, when given, an absolute URI.
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /** {@return the id other values refer to, a lowercase slug} */
  public abstract String id();

  /** {@return the name, shown to people, such as the article's title} */
  public abstract String name();

  /** {@return the author, when known} */
  public abstract Optional<String> author();

  /** {@return the publisher or journal, when known} */
  public abstract Optional<String> publisher();

  /** {@return where the source can be read, an absolute URI} */
  public abstract Optional<URI> link();

  /** {@return the experts the source cites or quotes} */
  public abstract List<Person> experts();

  /** {@return anything else a reader should know about the source} */
  public abstract Optional<String> note();

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

  /** Builds a {@link Source}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("source");
    c.slug("id", id());
    c.notBlank("name", name());
    author().ifPresent(v -> c.notBlank("author", v));
    publisher().ifPresent(v -> c.notBlank("publisher", v));
    note().ifPresent(v -> c.notBlank("note", v));
    link().ifPresent(u -> c.require(u.isAbsolute(), "link", "must be an absolute URI, was '" + u + "'"));
    c.throwIfAny();
  }
}
