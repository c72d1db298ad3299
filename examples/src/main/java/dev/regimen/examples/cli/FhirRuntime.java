package dev.regimen.examples.cli;

import dev.regimen.examples.cli.Failures.InputException;
import java.util.function.Supplier;

/**
 * Runs the command's FHIR work ({@link FhirCli}), turning a missing HAPI FHIR into one line. The
 * runnable {@code regimen.jar} finds HAPI FHIR and what it needs in the {@code lib} folder beside
 * it (its manifest's class path); a copy of the jar without that folder runs every other command,
 * and a FHIR one says what is missing. This class names no HAPI type, so that it loads without
 * HAPI.
 */
final class FhirRuntime {
  private FhirRuntime() {}

  /**
   * Runs {@code work}.
   *
   * @param <T> what it returns
   * @param work FHIR work
   * @return what it returned
   * @throws InputException if HAPI FHIR's classes cannot be found (exit status 3)
   */
  static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (NoClassDefFoundError e) {
      String missing = String.valueOf(e.getMessage()).replace('/', '.');
      if (!(missing.startsWith("ca.uhn.") || missing.startsWith("org.hl7."))) {
        throw e;
      }
      throw InputException.unreadable("error: FHIR support is missing: HAPI FHIR's class " + missing
          + " was not found; regimen.jar finds HAPI FHIR in the lib folder beside it", e);
    }
  }
}
