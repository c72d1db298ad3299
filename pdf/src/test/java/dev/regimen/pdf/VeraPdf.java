package dev.regimen.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF (used under the MPL-2.0, at test scope only), validating a PDF against one flavour with
 * its own parser (the "greenfield" one, which does not share PDFBox with the renderer).
 */
final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** {@return the rules the PDF breaks, as "clause-test: description (context)", none if compliant} */
  static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
    ValidationResult result = validate(pdf, flavour);
    List<String> failed =
        result.getTestAssertions().stream()
            .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
            .map(
                assertion ->
                    assertion.getRuleId().getClause()
                        + "-"
                        + assertion.getRuleId().getTestNumber()
                        + ": "
                        + assertion.getMessage()
                        + " ("
                        + assertion.getLocation().getContext()
                        + ")")
            .distinct()
            .collect(Collectors.toList());
    if (failed.isEmpty() && !result.isCompliant()) {
      throw new AssertionError("veraPDF says not compliant without naming a failed rule: " + result);
    }
    return failed;
  }

  static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser =
        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      if (result.getPDFAFlavour() != flavour) {
        throw new AssertionError("veraPDF validated " + result.getPDFAFlavour() + ", not " + flavour);
      }
      return result;
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not validate the PDF: " + e, e);
    }
  }
}
