package dev.regimen.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Validates FHIR R4 content offline with HAPI FHIR's instance validator: the R4 core definitions,
 * in-memory terminology and the common code systems, snapshot generation, and Regimen's own
 * StructureDefinitions (one per extension) and body-area code system, shipped in this module. No
 * network is used. Thread-safe.
 *
 * <p>Making a validator is expensive (HAPI loads every core definition, tens of seconds on a small
 * machine, the first time a resource is validated); {@link #shared()} makes one, once, for the
 * whole JVM.
 *
 * <pre>{@code
 * ValidationResult result = FhirValidation.shared().validate(FhirExport.defaults().protocol(p));
 * result.getMessages().forEach(m -> System.out.println(m.getSeverity() + " " + m.getMessage()));
 * }</pre>
 */
public final class FhirValidation {
  /** Where the definitions are, on the class path. */
  static final String DEFINITIONS = "/dev/regimen/fhir/definitions/";

  private final FhirValidator validator;

  private FhirValidation() {
    PrePopulatedValidationSupport regimen = new PrePopulatedValidationSupport(Fhir.context());
    for (StructureDefinition sd : structureDefinitions()) {
      regimen.addStructureDefinition(sd);
    }
    regimen.addCodeSystem(bodyAreaCodeSystem());
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(Fhir.context()),
            regimen,
            new CommonCodeSystemsTerminologyService(Fhir.context()),
            new InMemoryTerminologyServerValidationSupport(Fhir.context()),
            new SnapshotGeneratingValidationSupport(Fhir.context()));
    FhirInstanceValidator instance = new FhirInstanceValidator(chain);
    validator = Fhir.context().newValidator().registerValidatorModule(instance);
  }

  private static final class Holder {
    static final FhirValidation SHARED = new FhirValidation();
  }

  /** {@return the validator of this JVM, made on first use} */
  public static FhirValidation shared() {
    return Holder.SHARED;
  }

  /**
   * Validates a resource (a Bundle is validated with every resource it holds).
   *
   * @param resource the resource
   * @return HAPI's result: every message with its severity and location
   * @throws NullPointerException if {@code resource} is null
   */
  public ValidationResult validate(IBaseResource resource) {
    Objects.requireNonNull(resource, "resource");
    return validator.validateWithResult(resource);
  }

  /**
   * Validates FHIR JSON or XML text as it is (without reading it into objects first, so that
   * unknown elements are reported rather than dropped).
   *
   * @param text the JSON or XML
   * @return HAPI's result
   * @throws NullPointerException if {@code text} is null
   */
  public ValidationResult validate(String text) {
    Objects.requireNonNull(text, "text");
    return validator.validateWithResult(text);
  }

  /**
   * {@return Regimen's StructureDefinitions, one per extension, as shipped in this module under
   * {@code dev/regimen/fhir/definitions/}}
   */
  public static List<StructureDefinition> structureDefinitions() {
    List<StructureDefinition> definitions = new ArrayList<>();
    for (String url : Ext.ALL) {
      String name = url.substring(Ext.SD.length());
      definitions.add(Fhir.parse(read("StructureDefinition-" + name + ".json"), StructureDefinition.class));
    }
    return definitions;
  }

  /** {@return Regimen's code system of the standard body areas, as shipped in this module} */
  public static CodeSystem bodyAreaCodeSystem() {
    return Fhir.parse(read("CodeSystem-body-area.json"), CodeSystem.class);
  }

  private static String read(String file) {
    try (InputStream in = FhirValidation.class.getResourceAsStream(DEFINITIONS + file)) {
      if (in == null) {
        throw new IllegalStateException("regimen-fhir is missing its resource " + DEFINITIONS + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
