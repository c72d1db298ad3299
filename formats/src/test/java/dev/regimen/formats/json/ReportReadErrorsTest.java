package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import org.junit.jupiter.api.Test;

/**
 * Bad screening-report and session-plan documents are rejected like bad protocols: the kind, the
 * JSON Pointer, the line and column, and the exact problem.
 */
class ReportReadErrorsTest {
  private final RegimenJson json = RegimenJson.create();

  /** A valid session plan document; tests break one thing in it. */
  private static final String PLAN =
      """
      {
        "schemaVersion": 1,
        "sessionPlan": {
          "protocolId": "p",
          "protocolName": "T",
          "options": {},
          "cues": [
            {
              "kind": "lead_in",
              "text": "Get ready",
              "duration": {"minSeconds": 10, "maxSeconds": 10},
              "position": {"entryIndex": 0, "exerciseId": "e", "sets": 1}
            },
            {
              "kind": "hold",
              "text": "Hold",
              "duration": {"minSeconds": 20, "maxSeconds": 30},
              "position": {"entryIndex": 0, "exerciseId": "e", "set": 1, "sets": 1,
                "repetition": 1, "repetitionsMin": 1, "repetitionsMax": 1},
              "hold": {"seconds": 20, "maxSeconds": 30}
            }
          ],
          "minSeconds": 30,
          "maxSeconds": 40
        }
      }
      """;

  private static final String REPORT =
      RegimenJson.create()
          .writeScreeningReport(Screening.screen(Catalog.l5s1Relief(), PatientProfile.empty()));

  private RegimenJsonException planError(String document) {
    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> json.readSessionPlan(document));
    assertThat(e).as("reading should fail: %s", document).isNotNull();
    return e;
  }

  private RegimenJsonException reportError(String document) {
    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> json.readScreeningReport(document));
    assertThat(e).as("reading should fail: %s", document).isNotNull();
    return e;
  }

  /** {@return the line and column (from 1) of the first occurrence of {@code part} after {@code after}} */
  private static int[] position(String document, String after, String part) {
    int at = document.indexOf(part, document.indexOf(after));
    assertThat(at).as("%s in the document", part).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (document.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  private static void assertProblem(
      RegimenJsonException e, Kind kind, String pointer, int[] position, String problem) {
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(new int[] {e.line(), e.column()}).containsExactly(position);
    assertThat(e.getMessage())
        .isEqualTo(
            pointer + ": " + problem + " (line " + position[0] + ", column " + position[1] + ")");
  }

  @Test
  void theBaseDocumentsAreValid() {
    SessionPlan plan = json.readSessionPlan(PLAN);
    assertThat(plan.cues()).hasSize(2);
    assertThat(plan.options()).isEqualTo(PlanOptions.defaults());
    assertThat(plan.minSeconds()).isEqualTo(30);
    assertThat(json.readScreeningReport(REPORT).protocolId()).isEqualTo("l5-s1-relief");
  }

  @Test
  void thePlansTotalsMayBeLeftOutButMustAgreeWithTheCues() {
    String withoutTotals =
        PLAN.replace(",\n    \"minSeconds\": 30,\n    \"maxSeconds\": 40", "");
    assertThat(withoutTotals).doesNotContain("\"minSeconds\": 30,");
    assertThat(json.readSessionPlan(withoutTotals)).isEqualTo(json.readSessionPlan(PLAN));

    String wrongMin = PLAN.replace("\"minSeconds\": 30", "\"minSeconds\": 45");
    assertProblem(
        planError(wrongMin),
        Kind.INVALID_VALUE,
        "/sessionPlan/minSeconds",
        position(wrongMin, "\"minSeconds\": 45", "45"),
        "must be 30, the sum of the cues' shortest durations, was 45");
    String wrongMax = PLAN.replace("\"maxSeconds\": 40", "\"maxSeconds\": 30");
    assertProblem(
        planError(wrongMax),
        Kind.INVALID_VALUE,
        "/sessionPlan/maxSeconds",
        position(wrongMax, "\"maxSeconds\": 30\n", "30"),
        "must be 40, the sum of the cues' longest durations, was 30");
  }

  @Test
  void aTotalWithAFractionIsTheWrongType() {
    String document = PLAN.replace("\"minSeconds\": 30", "\"minSeconds\": 30.0");
    assertProblem(
        planError(document),
        Kind.WRONG_TYPE,
        "/sessionPlan/minSeconds",
        position(document, "\"minSeconds\": 30.0", "30.0"),
        "expected a whole number, was a number with a fraction or exponent (30.0)");
  }

  @Test
  void aHoldCueWithoutItsHoldIsReportedWhereTheHoldBelongs() {
    String document = PLAN.replace(",\n        \"hold\": {\"seconds\": 20, \"maxSeconds\": 30}", "");
    assertProblem(
        planError(document),
        Kind.INVALID_VALUE,
        "/sessionPlan/cues/1/hold",
        cueStart(document),
        "is required for a hold cue");
  }

  /** {@return where the second cue's object starts: on the line before its kind, column 7} */
  private static int[] cueStart(String document) {
    int[] kind = position(document, "\"kind\": \"hold\"", "\"kind\": \"hold\"");
    return new int[] {kind[0] - 1, 7};
  }

  @Test
  void anUnknownCueKindNamesTheKinds() {
    String document = PLAN.replace("\"lead_in\"", "\"lead-in\"");
    assertProblem(
        planError(document),
        Kind.INVALID_VALUE,
        "/sessionPlan/cues/0/kind",
        position(document, "\"kind\"", "\"lead-in\""),
        "must be one of lead_in, step, hold, rest, switch_sides, next_exercise, was 'lead-in'");
  }

  @Test
  void aCuePositionsRepetitionNeedsItsRange() {
    String document = PLAN.replace("\"repetitionsMin\": 1, ", "");
    assertProblem(
        planError(document),
        Kind.INVALID_VALUE,
        "/sessionPlan/cues/1/position/repetition",
        position(document, "\"repetition\": 1", "1"),
        "repetition, repetitionsMin and repetitionsMax go together");
  }

  @Test
  void aVerdictThatDisagreesWithTheReasonsIsRejected() {
    String document = REPORT.replaceFirst("\"verdict\": \"suitable\"", "\"verdict\": \"avoid\"");
    assertProblem(
        reportError(document),
        Kind.INVALID_VALUE,
        "/screeningReport/entries/0/verdict",
        position(document, "\"verdict\": \"avoid\"", "\"avoid\""),
        "must be 'suitable', the verdict the reasons give, was 'avoid'");
  }

  @Test
  void aVerdictMayBeLeftOut() {
    String document = REPORT.replace(",\n        \"verdict\": \"suitable\"", "");
    assertThat(document).doesNotContain("\"verdict\"");
    assertThat(json.readScreeningReport(document)).isEqualTo(json.readScreeningReport(REPORT));
  }

  @Test
  void aRuleOfTheReportIsReportedAtItsPointer() {
    String document = REPORT.replaceFirst("\"index\": 0", "\"index\": 1");
    assertProblem(
        reportError(document),
        Kind.INVALID_VALUE,
        "/screeningReport/entries/0/index",
        position(document, "\"index\": 1", "1"),
        "must be 0, was 1");
  }

  @Test
  void aMissingProfileIsNamed() {
    int start = REPORT.indexOf("    \"profile\"");
    int end = REPORT.indexOf("    \"entries\"");
    String document = REPORT.substring(0, start) + REPORT.substring(end);
    RegimenJsonException e = reportError(document);
    assertThat(e.kind()).isEqualTo(Kind.MISSING_PROPERTY);
    assertThat(e.pointer()).isEqualTo("/screeningReport");
    assertThat(e.problem()).isEqualTo("missing required property 'profile'");
  }

  @Test
  void aDocumentOfAnotherKindSaysWhichItIs() {
    RegimenJsonException e = reportError(PLAN);
    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(e.pointer()).isEqualTo("/sessionPlan");
    assertThat(e.problem())
        .isEqualTo(
            "this is a session plan document; expected a screening report document, with the"
                + " screening report under 'screeningReport'");
    assertThat(
            catchThrowableOfType(
                    RegimenJsonException.class,
                    () -> json.readProtocol(REPORT))
                .problem())
        .isEqualTo(
            "this is a screening report document; expected a protocol document, with the protocol"
                + " under 'protocol'");
  }
}
