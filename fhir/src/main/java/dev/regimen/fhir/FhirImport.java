package dev.regimen.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Resource;

/**
 * Imports FHIR R4 PlanDefinitions as Regimen protocols. Stateless and thread-safe.
 *
 * <p>A PlanDefinition that Regimen wrote ({@link FhirExport#protocol}) reads back to an equal
 * protocol, through its Regimen extensions. Any other PlanDefinition is read from FHIR's own
 * elements as far as they carry over (titles, descriptions, steps as child actions or numbered
 * lines, timings, citations, pictures); every element dropped and every value filled in because
 * Regimen requires it is listed in {@link FhirImportResult#notes()}, never silently. Content that
 * is malformed, or that breaks Regimen's rules where it claims to be Regimen's, is rejected with a
 * {@link FhirImportException} that says what and where.
 *
 * <pre>{@code
 * FhirImportResult result = FhirImport.protocol(Files.readString(path));
 * result.notes().forEach(System.err::println);
 * Protocol protocol = result.protocol();
 * }</pre>
 */
public final class FhirImport {
  private FhirImport() {}

  /**
   * Imports from FHIR JSON or XML: a Bundle holding one PlanDefinition and the ActivityDefinitions
   * its actions name, or a PlanDefinition alone.
   *
   * @param text the JSON or XML
   * @return the protocol and the notes
   * @throws FhirImportException if the text is not FHIR, holds no PlanDefinition or cannot be read
   *     as a protocol
   * @throws NullPointerException if {@code text} is null
   */
  public static FhirImportResult protocol(String text) {
    Resource resource = Fhir.parse(text, Resource.class);
    if (resource instanceof Bundle) {
      return protocol((Bundle) resource);
    }
    if (resource instanceof PlanDefinition) {
      return protocol((PlanDefinition) resource, List.of());
    }
    throw new FhirImportException(resource.fhirType(), "is a " + resource.fhirType()
        + ", expected a Bundle holding a PlanDefinition, or a PlanDefinition");
  }

  /**
   * Imports from a Bundle holding exactly one PlanDefinition and the ActivityDefinitions its
   * actions name (other resources are ignored, and noted).
   *
   * @param bundle the Bundle
   * @return the protocol and the notes
   * @throws FhirImportException if the Bundle holds no PlanDefinition or several, or the content
   *     cannot be read as a protocol
   * @throws NullPointerException if {@code bundle} is null
   */
  public static FhirImportResult protocol(Bundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    PlanDefinition plan = null;
    List<ActivityDefinition> activities = new ArrayList<>();
    List<ImportNote> notes = new ArrayList<>();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Resource r = bundle.getEntry().get(i).getResource();
      if (r instanceof PlanDefinition) {
        if (plan != null) {
          throw new FhirImportException("Bundle.entry[" + i + "]", "is a second PlanDefinition; a Bundle"
              + " to import holds one protocol");
        }
        plan = (PlanDefinition) r;
      } else if (r instanceof ActivityDefinition) {
        activities.add((ActivityDefinition) r);
      } else if (r != null) {
        notes.add(new ImportNote("Bundle.entry[" + i + "]", "ignored: a " + r.fhirType() + " is not part of a protocol"));
      }
    }
    if (plan == null) {
      throw new FhirImportException("Bundle", "holds no PlanDefinition");
    }
    FhirImportResult result = protocol(plan, activities);
    notes.addAll(result.notes());
    return new FhirImportResult(
        result.protocol(), result.url().orElse(null), result.version().orElse(null), notes);
  }

  /**
   * Imports a PlanDefinition with the ActivityDefinitions its actions name by canonical URL.
   *
   * @param plan the PlanDefinition
   * @param activities the ActivityDefinitions; an action whose definition is not among them is read
   *     from the action alone, and noted
   * @return the protocol and the notes
   * @throws FhirImportException if the content cannot be read as a protocol
   * @throws NullPointerException if an argument is null
   */
  public static FhirImportResult protocol(PlanDefinition plan, List<ActivityDefinition> activities) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(activities, "activities");
    Map<String, ActivityDefinition> byUrl = new LinkedHashMap<>();
    for (ActivityDefinition a : activities) {
      if (a.hasUrl()) {
        byUrl.put(a.getUrl(), a);
      }
    }
    ProtocolReader reader = new ProtocolReader(plan, byUrl);
    return new FhirImportResult(reader.read(), plan.getUrl(), plan.getVersion(), reader.notes());
  }
}
