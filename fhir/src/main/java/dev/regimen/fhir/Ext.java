package dev.regimen.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * The Regimen extensions: their URLs, and small helpers to write and read them. Each top-level
 * URL here has a StructureDefinition under {@code dev/regimen/fhir/definitions/} (see {@code
 * docs/fhir.md}); sub-extensions of a complex extension use the short names given beside it.
 */
final class Ext {
  private Ext() {}

  /** Where Regimen's FHIR definitions live. */
  static final String BASE = "https://regimen.dev/fhir";

  /** The prefix of every Regimen extension's URL. */
  static final String SD = BASE + "/StructureDefinition/";

  /** The code system of the standard body areas. */
  static final String BODY_AREA_SYSTEM = BASE + "/CodeSystem/body-area";

  /** The identifier system of protocol ids. */
  static final String PROTOCOL_ID_SYSTEM = BASE + "/sid/protocol-id";

  /** The identifier system of exercise ids. */
  static final String EXERCISE_ID_SYSTEM = BASE + "/sid/exercise-id";

  /** The identifier systems of ids in external datasets: this prefix, then the dataset. */
  static final String DATASET_SYSTEM_PREFIX = BASE + "/sid/dataset/";

  // PlanDefinition
  static final String TARGET_SEGMENT = SD + "target-segment";
  static final String CONDITION = SD + "condition"; // id, name, description, segment*, coding*, finding*
  static final String ADVISORY = SD + "advisory"; // id, title, text, trigger, pain-weeks-at-least, quote*, source-id*
  static final String CAUTION = SD + "caution"; // text, severity, quote, source-id*
  static final String RECOMMENDATION = SD + "recommendation"; // id, title, text, quote*, source-id*
  static final String TAKEAWAY = SD + "takeaway";

  // PlanDefinition.action
  static final String DOSAGE = SD + "dosage";
  static final String ENTRY_NOTE = SD + "entry-note";
  static final String STEP_PHASE = SD + "step-phase";
  static final String HOLD = SD + "hold"; // seconds, max-seconds, breaths, max-breaths, or-more, approximate, wording
  static final String LATERALITY = SD + "laterality";
  static final String CONTRAINDICATION = SD + "contraindication"; // condition-id, finding-id, severity, quote, source-id*

  // ActivityDefinition
  static final String EXERCISE = SD + "exercise";
  static final String QUOTE = SD + "quote"; // text, speaker, source-id

  // data types
  static final String SOURCE = SD + "source"; // on RelatedArtifact: author, publisher, note, expert*
  static final String MEDIA_ROLE = SD + "media-role"; // on RelatedArtifact
  static final String PERSON_DETAILS = SD + "person-details"; // on ContactDetail: credentials, role
  static final String BODY_AREA_ID = SD + "body-area-id"; // on CodeableConcept, for custom areas
  static final String TARGET_ROLE = SD + "target-role"; // on ActivityDefinition.bodySite

  /** Every top-level extension URL, in the order of the definitions. */
  static final List<String> ALL =
      List.of(
          TARGET_SEGMENT, CONDITION, ADVISORY, CAUTION, RECOMMENDATION, TAKEAWAY, DOSAGE,
          ENTRY_NOTE, STEP_PHASE, HOLD, LATERALITY, CONTRAINDICATION, EXERCISE, QUOTE, SOURCE,
          MEDIA_ROLE, PERSON_DETAILS, BODY_AREA_ID, TARGET_ROLE);

  // ---------------------------------------------------------------------------------------------
  // Writing

  static Extension complex(String url) {
    return new Extension(url);
  }

  static Extension add(Extension parent, String name, Type value) {
    Extension child = new Extension(name, value);
    parent.addExtension(child);
    return child;
  }

  static void string(Extension parent, String name, Optional<String> value) {
    value.ifPresent(v -> add(parent, name, new StringType(v)));
  }

  static void string(Extension parent, String name, String value) {
    add(parent, name, new StringType(value));
  }

  static void code(Extension parent, String name, String value) {
    add(parent, name, new CodeType(value));
  }

  static void integer(Extension parent, String name, int value) {
    add(parent, name, new IntegerType(value));
  }

  static void integer(Extension parent, String name, OptionalInt value) {
    value.ifPresent(v -> integer(parent, name, v));
  }

  static void decimal(Extension parent, String name, OptionalDouble value) {
    value.ifPresent(v -> add(parent, name, new DecimalType(BigDecimal.valueOf(v))));
  }

  /** Writes a flag only when it is true: absent means false. */
  static void flag(Extension parent, String name, boolean value) {
    if (value) {
      add(parent, name, new BooleanType(true));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  static List<Extension> all(Element element, String url) {
    return element.getExtensionsByUrl(url);
  }

  static List<Extension> all(DomainResource resource, String url) {
    return resource.getExtensionsByUrl(url);
  }

  static Optional<Extension> one(DomainResource resource, String url) {
    List<Extension> found = resource.getExtensionsByUrl(url);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static Optional<Extension> one(Element element, String url) {
    List<Extension> found = element.getExtensionsByUrl(url);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static List<Extension> children(Extension parent, String name) {
    List<Extension> found = new ArrayList<>();
    for (Extension e : parent.getExtension()) {
      if (name.equals(e.getUrl())) {
        found.add(e);
      }
    }
    return found;
  }

  static Optional<Extension> child(Extension parent, String name) {
    for (Extension e : parent.getExtension()) {
      if (name.equals(e.getUrl())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static Optional<String> text(Extension parent, String name) {
    return child(parent, name).map(e -> primitive(e));
  }

  static List<String> texts(Extension parent, String name) {
    List<String> values = new ArrayList<>();
    for (Extension e : children(parent, name)) {
      values.add(primitive(e));
    }
    return values;
  }

  static OptionalInt integer(Extension parent, String name) {
    Optional<Extension> e = child(parent, name);
    if (e.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!(e.get().getValue() instanceof IntegerType)) {
      throw new FhirImportException(name, "must hold an integer");
    }
    return OptionalInt.of(((IntegerType) e.get().getValue()).getValue());
  }

  static OptionalDouble decimal(Extension parent, String name) {
    Optional<Extension> e = child(parent, name);
    if (e.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (!(e.get().getValue() instanceof DecimalType)) {
      throw new FhirImportException(name, "must hold a decimal");
    }
    return OptionalDouble.of(((DecimalType) e.get().getValue()).getValue().doubleValue());
  }

  static boolean flag(Extension parent, String name) {
    Optional<Extension> e = child(parent, name);
    if (e.isEmpty()) {
      return false;
    }
    if (!(e.get().getValue() instanceof BooleanType)) {
      throw new FhirImportException(name, "must hold a boolean");
    }
    return ((BooleanType) e.get().getValue()).booleanValue();
  }

  /** The value of a simple extension as text. */
  static String primitive(Extension e) {
    if (!(e.getValue() instanceof PrimitiveType)) {
      throw new FhirImportException(e.getUrl(), "must hold a simple value");
    }
    String value = ((PrimitiveType<?>) e.getValue()).getValueAsString();
    if (value == null) {
      throw new FhirImportException(e.getUrl(), "has no value");
    }
    return value;
  }
}
