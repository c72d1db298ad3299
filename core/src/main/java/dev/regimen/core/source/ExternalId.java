package dev.regimen.core.source;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * The identifier a value has in a dataset it was imported from, such as {@code Air_Bike} in {@code
 * free-exercise-db}, so that imported content can be traced back and updated. Immutable and
 * thread-safe.
 *
 * <p>Rules: the dataset a lowercase slug; the id not blank.
 */
@Value.Immutable
public abstract class ExternalId {
  ExternalId() {}

  /** {@return the dataset, a lowercase slug such as {@code free-exercise-db}} */
  public abstract String dataset();

  /** {@return the identifier in that dataset, as the dataset writes it, such as {@code Air_Bike}} */
  public abstract String id();

  /**
   * An external identifier.
   *
   * @param dataset the dataset, a lowercase slug
   * @param id the identifier there, not blank
   * @return the identifier
   * @throws ValidationException if a rule is broken
   * @throws NullPointerException if an argument is null
   */
  public static ExternalId of(String dataset, String id) {
    return builder().dataset(dataset).id(id).build();
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

  /** Builds an {@link ExternalId}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableExternalId.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("external id");
    c.slug("dataset", dataset());
    c.notBlank("id", id());
    c.throwIfAny();
  }
}
