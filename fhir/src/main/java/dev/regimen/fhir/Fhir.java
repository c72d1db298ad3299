package dev.regimen.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR R4 JSON and XML through HAPI FHIR's parsers, with the one {@link FhirContext} the module
 * shares (a context is expensive to make and safe to share). Thread-safe.
 *
 * <pre>{@code
 * String json = Fhir.json(FhirExport.defaults().protocol(protocol));
 * Bundle bundle = Fhir.parse(json, Bundle.class);
 * }</pre>
 */
public final class Fhir {
  private Fhir() {}

  private static final FhirContext CONTEXT = FhirContext.forR4Cached();

  /** {@return the shared FHIR R4 context} */
  public static FhirContext context() {
    return CONTEXT;
  }

  /**
   * Writes a resource as pretty-printed FHIR JSON.
   *
   * @param resource the resource, such as the Bundle of {@link FhirExport#protocol}
   * @return the JSON text
   * @throws NullPointerException if {@code resource} is null
   */
  public static String json(IBaseResource resource) {
    Objects.requireNonNull(resource, "resource");
    return CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  /**
   * Writes a resource as pretty-printed FHIR XML.
   *
   * @param resource the resource
   * @return the XML text
   * @throws NullPointerException if {@code resource} is null
   */
  public static String xml(IBaseResource resource) {
    Objects.requireNonNull(resource, "resource");
    return CONTEXT.newXmlParser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  /**
   * Reads FHIR JSON or XML (told apart by the first character that is not white space: {@code <}
   * for XML).
   *
   * @param <T> the resource type expected
   * @param text the JSON or XML text
   * @param type the resource type expected, such as {@code Bundle.class} or {@code
   *     Resource.class} for any
   * @return the resource
   * @throws FhirImportException if the text is not FHIR R4 JSON or XML, or not a resource of
   *     {@code type}
   * @throws NullPointerException if an argument is null
   */
  public static <T extends Resource> T parse(String text, Class<T> type) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    IParser parser = text.stripLeading().startsWith("<") ? CONTEXT.newXmlParser() : CONTEXT.newJsonParser();
    IBaseResource resource;
    try {
      resource = parser.parseResource(text);
    } catch (DataFormatException e) {
      throw new FhirImportException("", "is not FHIR R4 " + parser.getEncoding() + ": " + e.getMessage(), e);
    }
    if (!type.isInstance(resource)) {
      throw new FhirImportException(
          resource.fhirType(), "is a " + resource.fhirType() + ", expected a " + type.getSimpleName());
    }
    return type.cast(resource);
  }
}
