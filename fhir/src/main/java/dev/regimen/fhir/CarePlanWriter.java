package dev.regimen.fhir;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.screening.ApplicableAdvisory;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.Reason;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.screening.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Writes a screening report as a patient's CarePlan, in a collection Bundle: the CarePlan, one
 * ServiceRequest per exercise kept, one DetectedIssue per exercise avoided or kept with caution.
 * Entries are named by {@code urn:uuid:} URLs derived from the protocol, the patient and the
 * exercise, so that the same screening gives the same Bundle. One instance per export.
 */
final class CarePlanWriter {
  private final FhirExport options;
  private final ScreeningReport report;
  private final String patient;

  CarePlanWriter(FhirExport options, ScreeningReport report, String patient) {
    this.options = options;
    this.report = report;
    this.patient = patient;
  }

  Bundle bundle() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    CarePlan plan = new CarePlan();
    String planUrl = urn("care-plan");
    bundle.addEntry().setFullUrl(planUrl).setResource(plan);
    plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
    plan.setIntent(CarePlan.CarePlanIntent.PLAN);
    plan.addInstantiatesCanonical(options.planDefinitionUrl(report.protocolId()));
    plan.setTitle(report.protocolName());
    plan.setSubject(new Reference(patient));
    List<String> planNotes = new ArrayList<>();
    for (Caution c : report.protocolCautions()) {
      planNotes.add(c.severity().displayName() + " (for the whole routine): " + c.text());
    }
    for (ApplicableAdvisory a : report.advisories()) {
      planNotes.add(advisory(a));
    }
    if (report.everyEntryAvoided()) {
      planNotes.add("Every exercise of this routine is to be avoided for this person: there is nothing"
          + " here to do. The detected issues say why.");
    }
    if (!report.unknownConditionIds().isEmpty()) {
      planNotes.add("Screening could not judge these conditions, which the routine does not know: "
          + String.join(", ", report.unknownConditionIds()) + ". A professional should.");
    }
    if (!report.unmatchedFindingIds().isEmpty()) {
      planNotes.add("Screening could not judge these findings, which belong to none of the person's"
          + " conditions as the routine describes them: " + String.join(", ", report.unmatchedFindingIds())
          + ". A professional should.");
    }
    for (String note : planNotes) {
      plan.addNote(new Annotation().setText(Markdown.escape(note)));
    }
    int kept = 0;
    List<String> lines = new ArrayList<>();
    lines.add(report.protocolName() + ", screened for this person.");
    Protocol personalised = report.personalised().orElse(null);
    List<Resource> issues = new ArrayList<>();
    for (EntryScreening screening : report.entries()) {
      Verdict verdict = screening.verdict();
      String srUrl = null;
      if (verdict != Verdict.AVOID) {
        ProtocolEntry entry = personalised.entry(screening.exerciseId()).orElseThrow();
        ServiceRequest request = serviceRequest(entry, screening, planUrl);
        srUrl = urn("service-request/" + screening.exerciseId());
        bundle.addEntry().setFullUrl(srUrl).setResource(request);
        plan.addActivity().setReference(new Reference(srUrl).setDisplay(screening.exerciseName()));
        kept++;
        lines.add("Do: " + screening.exerciseName() + " (" + verdict.displayName() + "). "
            + DoseWords.of(entry.dosage()));
      } else {
        lines.add("Avoid: " + screening.exerciseName() + ".");
      }
      if (verdict == Verdict.AVOID || verdict == Verdict.CAUTION) {
        String issueUrl = urn("detected-issue/" + screening.exerciseId());
        DetectedIssue issue = detectedIssue(screening, srUrl);
        issues.add(issue);
        bundle.addEntry().setFullUrl(issueUrl).setResource(issue);
        plan.addSupportingInfo(new Reference(issueUrl).setDisplay(issue.getCode().getText()));
      }
    }
    plan.setDescription(kept + " of " + report.entries().size() + " exercises of the routine kept after"
        + " screening.");
    lines.add(plan.getDescription());
    lines.addAll(planNotes);
    TextCheck.check(bundle);
    plan.setText(Narratives.paragraphs(lines));
    return bundle;
  }

  private ServiceRequest serviceRequest(ProtocolEntry entry, EntryScreening screening, String planUrl) {
    ServiceRequest request = new ServiceRequest();
    request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
    request.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
    request.addInstantiatesCanonical(
        options.activityDefinitionUrl(report.protocolId(), entry.exercise().id()));
    request.addBasedOn(new Reference(planUrl));
    request.setCode(ProtocolWriter.exerciseTherapy(entry.exercise().name()));
    request.setSubject(new Reference(patient));
    ProtocolWriter.programmeTiming(entry.dosage()).ifPresent(request::setOccurrence);
    for (BodyArea area : entry.exercise().targets()) {
      request.addBodySite(Codec.bodyArea(area));
    }
    String instruction = DoseWords.of(entry.dosage());
    request.setPatientInstruction(instruction);
    List<String> notes = new ArrayList<>();
    entry.note().ifPresent(notes::add);
    for (Caution c : screening.cautions()) {
      notes.add("Read this before you start (" + c.severity().displayName().toLowerCase(java.util.Locale.ROOT)
          + "): " + c.text());
    }
    for (ApplicableAdvisory a : report.advisories()) {
      notes.add(advisory(a));
    }
    for (String note : notes) {
      request.addNote(new Annotation().setText(Markdown.escape(note)));
    }
    List<String> lines = new ArrayList<>();
    lines.add(entry.exercise().name() + ": " + instruction);
    lines.addAll(notes);
    TextCheck.check(request);
    request.setText(Narratives.paragraphs(lines));
    return request;
  }

  private DetectedIssue detectedIssue(EntryScreening screening, String serviceRequestUrl) {
    boolean avoid = screening.verdict() == Verdict.AVOID;
    DetectedIssue issue = new DetectedIssue();
    issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
    issue.setSeverity(avoid ? DetectedIssue.DetectedIssueSeverity.HIGH : DetectedIssue.DetectedIssueSeverity.MODERATE);
    issue.setCode(new CodeableConcept().setText(avoid ? "Exercise to avoid" : "Exercise to do with caution"));
    issue.setPatient(new Reference(patient));
    List<String> details = new ArrayList<>();
    for (Reason reason : screening.reasons()) {
      details.add(reason.severity().displayName() + " (" + reason.matchedOn() + "): " + reason.rationale());
      DetectedIssue.DetectedIssueEvidenceComponent evidence = issue.addEvidence();
      evidence.addCode(ProtocolWriter.conditionConcept(reason.condition()));
      reason.finding().ifPresent(f -> evidence.addCode(new CodeableConcept().setText(f.name())));
    }
    issue.setDetail(screening.exerciseName() + ". " + String.join(" ", details));
    if (serviceRequestUrl != null) {
      issue.addImplicated(new Reference(serviceRequestUrl).setDisplay(screening.exerciseName()));
    } else {
      issue.addImplicated(
          new Reference(options.activityDefinitionUrl(report.protocolId(), screening.exerciseId()))
              .setDisplay(screening.exerciseName()));
    }
    TextCheck.check(issue);
    issue.setText(Narratives.paragraphs(List.of(issue.getCode().getText() + ": " + issue.getDetail())));
    return issue;
  }

  private static String advisory(ApplicableAdvisory a) {
    return a.advisory().name() + ": " + a.advisory().text() + " (" + a.because() + ")";
  }

  private String urn(String what) {
    String name = options.planDefinitionUrl(report.protocolId()) + "|" + patient + "|" + what;
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
