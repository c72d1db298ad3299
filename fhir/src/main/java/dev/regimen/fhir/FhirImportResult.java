package dev.regimen.fhir;

import dev.regimen.core.protocol.Protocol;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import gives: the protocol, the PlanDefinition's canonical URL and version, and the
 * notes of what could not be carried over as it was. Immutable and thread-safe.
 */
public final class FhirImportResult {
  private final Protocol protocol;
  private final String url;
  private final String version;
  private final List<ImportNote> notes;

  FhirImportResult(Protocol protocol, String url, String version, List<ImportNote> notes) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.url = url;
    this.version = version;
    this.notes = List.copyOf(notes);
  }

  /** {@return the protocol} */
  public Protocol protocol() {
    return protocol;
  }

  /** {@return the PlanDefinition's canonical URL, when it has one} */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** {@return the PlanDefinition's business version, when it has one} */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /**
   * {@return what was dropped or filled in, and why, in document order; empty for content Regimen
   * wrote}
   */
  public List<ImportNote> notes() {
    return notes;
  }

  /** {@return whether nothing was dropped or filled in} */
  public boolean isLossless() {
    return notes.isEmpty();
  }
}
