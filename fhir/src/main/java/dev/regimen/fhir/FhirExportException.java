package dev.regimen.fhir;

import java.util.Objects;

/**
 * A value that FHIR cannot carry, found while exporting: FHIR strings hold no control characters
 * other than tab, carriage return and line feed (R4, datatypes: string), and FHIR codes no white
 * space other than single spaces, so a protocol whose text or coding holds one cannot be written
 * faithfully. The message names the element of the FHIR output it would have gone to, such as
 * {@code Bundle.entry[0].resource.title}, and the character.
 */
public final class FhirExportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where in the FHIR output, such as {@code Bundle.entry[0].resource.title}. */
  private final String path;

  /**
   * An export error.
   *
   * @param path where in the FHIR output
   * @param problem what FHIR cannot carry there
   * @throws NullPointerException if an argument is null
   */
  public FhirExportException(String path, String problem) {
    super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"));
    this.path = path;
  }

  /** {@return where in the FHIR output, such as {@code Bundle.entry[0].resource.title}} */
  public String path() {
    return path;
  }
}
