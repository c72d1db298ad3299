package dev.regimen.core.condition;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A code from a code system, as FHIR's {@code Coding}: the system's URI, the code and its display
 * text, such as ICD-10-CM M51.27. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coding {
  /** The URI of ICD-10-CM. */
  public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

  /** The URI of SNOMED CT. */
  public static final String SNOMED_CT = "http://snomed.info/sct";

  Coding() {}

  /** {@return the code system's URI, such as {@value #ICD_10_CM}} */
  public abstract String system();

  /** {@return the code, such as "M51.27"} */
  public abstract String code();

  /** {@return the code's meaning in words} */
  public abstract String display();

  /** {@return a short name of the system where it is a known one ("ICD-10-CM", "SNOMED CT"), else its URI} */
  public String systemName() {
    switch (system()) {
      case ICD_10_CM:
        return "ICD-10-CM";
      case SNOMED_CT:
        return "SNOMED CT";
      default:
        return system();
    }
  }

  /**
   * A code.
   *
   * @param system the code system's URI
   * @param code the code
   * @param display its meaning
   * @return the coding
   * @throws ValidationException if a part is blank
   */
  public static Coding of(String system, String code, String display) {
    return builder().system(system).code(code).display(display).build();
  }

  /**
   * An ICD-10-CM code.
   *
   * @param code the code, such as "M51.27"
   * @param display its meaning
   * @return the coding
   * @throws ValidationException if a part is blank
   */
  public static Coding icd10cm(String code, String display) {
    return of(ICD_10_CM, code, display);
  }

  /**
   * A SNOMED CT code.
   *
   * @param code the concept id, such as "20021007"
   * @param display its meaning
   * @return the coding
   * @throws ValidationException if a part is blank
   */
  public static Coding snomed(String code, String display) {
    return of(SNOMED_CT, code, display);
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

  /** Builds a {@link Coding}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableCoding.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("coding");
    c.notBlank("system", system());
    c.notBlank("code", code());
    c.notBlank("display", display());
    c.throwIfAny();
  }
}
