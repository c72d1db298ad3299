package dev.regimen.fhir;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ScreeningReport;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.PlanDefinition;

/**
 * Exports Regimen protocols and screenings as FHIR R4 resources: a protocol as a Bundle of its
 * PlanDefinition and one ActivityDefinition per exercise, a screening as a Bundle of a
 * patient-specific CarePlan with its ServiceRequests and DetectedIssues. The mapping is in {@code
 * docs/fhir.md}. Immutable and thread-safe.
 *
 * <p>What a protocol does not hold and a shareable FHIR definition needs comes from the export's
 * settings: the canonical base of the URLs, the version, the publisher, the status and whether the
 * content is experimental. {@link #defaults()} gives base {@value #DEFAULT_BASE}, version {@value
 * #DEFAULT_VERSION}, publisher {@value #DEFAULT_PUBLISHER}, status {@code draft} (Regimen cannot
 * know that a protocol is approved for use) and not experimental.
 *
 * <pre>{@code
 * FhirExport export = FhirExport.builder()
 *     .canonicalBase("https://clinic.example.org/fhir")
 *     .publisher("Example Clinic")
 *     .version("2.1.0")
 *     .status(PublicationStatus.ACTIVE)
 *     .build();
 * String json = Fhir.json(export.protocol(Catalog.l5s1Relief()));
 * }</pre>
 */
public final class FhirExport {
  /** The canonical base of {@link #defaults()}, {@value}. */
  public static final String DEFAULT_BASE = Ext.BASE;

  /** The version of {@link #defaults()}, {@value}. */
  public static final String DEFAULT_VERSION = "1.0.0";

  /** The publisher of {@link #defaults()}, {@value}. */
  public static final String DEFAULT_PUBLISHER = "Regimen";

  private static final FhirExport DEFAULTS = builder().build();

  private final String canonicalBase;
  private final String version;
  private final String publisher;
  private final PublicationStatus status;
  private final boolean experimental;

  private FhirExport(Builder b) {
    this.canonicalBase = b.canonicalBase;
    this.version = b.version;
    this.publisher = b.publisher;
    this.status = b.status;
    this.experimental = b.experimental;
  }

  /** {@return the export with the default settings} */
  public static FhirExport defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the default settings} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Exports a protocol: a collection Bundle whose first entry is the PlanDefinition and whose next
   * entries are the ActivityDefinitions of its exercises, in the protocol's order. Each entry's
   * {@code fullUrl} is the resource's canonical URL, which the PlanDefinition's actions name in
   * {@code definitionCanonical}.
   *
   * @param protocol the protocol
   * @return the Bundle, a new object the caller may change
   * @throws FhirExportException if a text of the protocol holds a character FHIR strings cannot
   *     carry (a control character other than tab, carriage return and line feed)
   * @throws NullPointerException if {@code protocol} is null
   */
  public Bundle protocol(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return new ProtocolWriter(this, protocol).bundle();
  }

  /**
   * The PlanDefinition of {@link #protocol(Protocol)} alone, for receivers that store definitions
   * one by one; its actions name the ActivityDefinitions by canonical URL.
   *
   * @param protocol the protocol
   * @return the PlanDefinition
   * @throws FhirExportException as {@link #protocol(Protocol)}
   * @throws NullPointerException if {@code protocol} is null
   */
  public PlanDefinition planDefinition(Protocol protocol) {
    return (PlanDefinition) protocol(protocol).getEntryFirstRep().getResource();
  }

  /**
   * Exports a screening as a patient's plan: a collection Bundle of a CarePlan that instantiates
   * the protocol's PlanDefinition, one ServiceRequest per exercise kept (the dose in plain words
   * as the patient instruction, the advisories that apply and any caution as notes) and one
   * DetectedIssue per exercise to avoid or to take with caution (see {@code docs/fhir.md}).
   *
   * @param report the screening report, from {@link
   *     dev.regimen.core.screening.Screening#screen}
   * @param patientReference the patient, as a FHIR reference such as {@code Patient/123}
   * @return the Bundle, CarePlan first
   * @throws FhirExportException if a text holds a character FHIR strings cannot carry
   * @throws IllegalArgumentException if {@code patientReference} is blank
   * @throws NullPointerException if an argument is null
   */
  public Bundle carePlan(ScreeningReport report, String patientReference) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(patientReference, "patientReference");
    if (patientReference.isBlank()) {
      throw new IllegalArgumentException("patientReference: must not be blank, such as 'Patient/123'");
    }
    return new CarePlanWriter(this, report, patientReference).bundle();
  }

  /** {@return the canonical base, such as {@value #DEFAULT_BASE}} */
  public String canonicalBase() {
    return canonicalBase;
  }

  /** {@return the business version written on every definition} */
  public String version() {
    return version;
  }

  /** {@return the publisher written on every definition} */
  public String publisher() {
    return publisher;
  }

  /** {@return the publication status written on every definition} */
  public PublicationStatus status() {
    return status;
  }

  /** {@return whether the definitions are marked experimental} */
  public boolean experimental() {
    return experimental;
  }

  String planDefinitionUrl(String protocolId) {
    return canonicalBase + "/PlanDefinition/" + protocolId;
  }

  String activityDefinitionUrl(String protocolId, String exerciseId) {
    return canonicalBase + "/ActivityDefinition/" + protocolId + "." + exerciseId;
  }

  /** Builds a {@link FhirExport}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private String canonicalBase = DEFAULT_BASE;
    private String version = DEFAULT_VERSION;
    private String publisher = DEFAULT_PUBLISHER;
    private PublicationStatus status = PublicationStatus.DRAFT;
    private boolean experimental = false;

    private Builder() {}

    /**
     * Sets the canonical base: definitions get the URLs {@code <base>/PlanDefinition/<protocol id>}
     * and {@code <base>/ActivityDefinition/<protocol id>.<exercise id>}.
     *
     * @param canonicalBase an absolute http or https URL, without a trailing slash
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute http(s) URL or ends with a slash
     * @throws NullPointerException if it is null
     */
    public Builder canonicalBase(String canonicalBase) {
      Objects.requireNonNull(canonicalBase, "canonicalBase");
      if (!(canonicalBase.startsWith("https://") || canonicalBase.startsWith("http://"))
          || canonicalBase.endsWith("/")
          || canonicalBase.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "canonicalBase: must be an absolute http or https URL without a trailing slash, such as"
                + " 'https://clinic.example.org/fhir', was '" + canonicalBase + "'");
      }
      this.canonicalBase = canonicalBase;
      return this;
    }

    /**
     * Sets the business version.
     *
     * @param version such as {@code 2.1.0}, not blank
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     * @throws NullPointerException if it is null
     */
    public Builder version(String version) {
      this.version = notBlank("version", version);
      return this;
    }

    /**
     * Sets the publisher.
     *
     * @param publisher the organisation or person publishing the definitions, not blank
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     * @throws NullPointerException if it is null
     */
    public Builder publisher(String publisher) {
      this.publisher = notBlank("publisher", publisher);
      return this;
    }

    /**
     * Sets the publication status.
     *
     * @param status draft, active or retired; not {@code NULL}
     * @return this builder
     * @throws IllegalArgumentException if it is {@link PublicationStatus#NULL}
     * @throws NullPointerException if it is null
     */
    public Builder status(PublicationStatus status) {
      Objects.requireNonNull(status, "status");
      if (status == PublicationStatus.NULL) {
        throw new IllegalArgumentException("status: must be draft, active, retired or unknown");
      }
      this.status = status;
      return this;
    }

    /**
     * Sets whether the definitions are for testing rather than real use.
     *
     * @param experimental true for testing
     * @return this builder
     */
    public Builder experimental(boolean experimental) {
      this.experimental = experimental;
      return this;
    }

    /** {@return the export} */
    public FhirExport build() {
      return new FhirExport(this);
    }

    private static String notBlank(String name, String value) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + ": must not be blank");
      }
      return value;
    }
  }
}
