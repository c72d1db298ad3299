package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One list of document kinds: {@link RegimenJson#readDocument} reads a document of any kind and
 * names it, from every source; the generic {@code read} and {@code write} are what the methods
 * named after a kind do.
 */
class ReadDocumentTest {
  private static final RegimenJson JSON = RegimenJson.defaults();
  private static final Protocol L5S1 = Catalog.l5s1Relief();
  private static final Exercise EXERCISE = L5S1.exercises().get(0);
  private static final ScreeningReport REPORT =
      Screening.screen(L5S1, PatientProfile.builder().addConditionIds("herniated-disc").build());
  private static final SessionPlan PLAN = SessionPlan.of(L5S1);

  private static List<RegimenDocument<?>> everyKind() {
    return List.of(
        new RegimenDocument<>(DocumentKind.PROTOCOL, L5S1),
        new RegimenDocument<>(DocumentKind.EXERCISE, EXERCISE),
        new RegimenDocument<>(DocumentKind.SCREENING_REPORT, REPORT),
        new RegimenDocument<>(DocumentKind.SESSION_PLAN, PLAN));
  }

  private static <T> String written(RegimenDocument<T> document) {
    return JSON.write(document.kind(), document.value());
  }

  @Test
  void everyKindIsReadAndNamedFromEverySource(@TempDir Path dir) throws IOException {
    for (RegimenDocument<?> document : everyKind()) {
      String text = written(document);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Path file = Files.write(dir.resolve(document.kind().propertyName() + ".json"), bytes);
      assertThat(JSON.readDocument(text)).isEqualTo(document);
      assertThat(JSON.readDocument(bytes)).isEqualTo(document);
      assertThat(JSON.readDocument(new StringReader(text))).isEqualTo(document);
      assertThat(JSON.readDocument(new ByteArrayInputStream(bytes))).isEqualTo(document);
      assertThat(JSON.readDocument(file)).isEqualTo(document);
      assertThat(JSON.readDocument(text).kind().toString()).isEqualTo(document.kind().displayName());
    }
  }

  @Test
  void theKindsAreTheFourOfTheFormatWithTheirPropertiesAndNames() {
    assertThat(DocumentKind.values())
        .extracting(DocumentKind::propertyName)
        .containsExactly("protocol", "exercise", "screeningReport", "sessionPlan");
    assertThat(DocumentKind.values())
        .extracting(DocumentKind::displayName)
        .containsExactly("protocol", "exercise", "screening report", "session plan");
    assertThat(DocumentKind.values())
        .extracting(kind -> (Object) kind.type())
        .containsExactly(Protocol.class, Exercise.class, ScreeningReport.class, SessionPlan.class);
    assertThat(DocumentKind.forPropertyName("sessionPlan")).contains(DocumentKind.SESSION_PLAN);
    assertThat(DocumentKind.forPropertyName("plan")).isEmpty();
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aDocumentGivesItsValueOnlyAsItsOwnKind() {
    RegimenDocument<?> document = JSON.readDocument(JSON.writeSessionPlan(PLAN));
    assertThat(document.as(DocumentKind.SESSION_PLAN)).contains(PLAN);
    assertThat(document.as(DocumentKind.PROTOCOL)).isEmpty();
    assertThatThrownBy(() -> new RegimenDocument<>((DocumentKind) DocumentKind.PROTOCOL, PLAN))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void theMethodsNamedAfterAKindWriteWhatTheGenericMethodWrites() throws IOException {
    assertThat(JSON.writeProtocol(L5S1)).isEqualTo(JSON.write(DocumentKind.PROTOCOL, L5S1));
    assertThat(JSON.writeExercise(EXERCISE)).isEqualTo(JSON.write(DocumentKind.EXERCISE, EXERCISE));
    assertThat(JSON.writeScreeningReport(REPORT)).isEqualTo(JSON.write(DocumentKind.SCREENING_REPORT, REPORT));
    assertThat(JSON.writeSessionPlan(PLAN)).isEqualTo(JSON.write(DocumentKind.SESSION_PLAN, PLAN));
    assertThat(JSON.read(DocumentKind.SESSION_PLAN, JSON.writeSessionPlan(PLAN))).isEqualTo(PLAN);
  }

  @Test
  void aValueOfAnotherTypeThanItsKindIsRefused() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    DocumentKind<Object> raw = (DocumentKind) DocumentKind.PROTOCOL;
    assertThatThrownBy(() -> JSON.write(raw, PLAN)).isInstanceOf(ClassCastException.class);
  }

  @Test
  void aDocumentWithTwoValuesIsRejectedNamingBoth() {
    String two = "{\"schemaVersion\": 2, \"exercise\": " + JSON.writeExercise(EXERCISE).replaceFirst("(?s)^\\{.*?\"exercise\": ", "").replaceFirst("(?s)\\}\\s*$", "")
        + ", \"protocol\": {}}";
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readDocument(two));
    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(e.pointer()).isEqualTo("/protocol");
    assertThat(e.problem()).isEqualTo("a document holds one value; this one has both 'exercise' and 'protocol'");
  }

  @Test
  void aDocumentOfNoKnownKindIsRejectedListingTheKinds() {
    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> JSON.readDocument("{\"schemaVersion\": 2, \"routine\": {}}"));
    assertThat(e.getMessage())
        .isEqualTo(
            "/routine: unknown property 'routine'; a document holds 'schemaVersion' and one of 'protocol', 'exercise', "
                + "'screeningReport', 'sessionPlan' (line 1, column 22)");
    e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readDocument("{\"schemaVersion\": 2}"));
    assertThat(e.getMessage())
        .isEqualTo(
            "document: missing the document's value: one of 'protocol', 'exercise', 'screeningReport', 'sessionPlan' "
                + "(line 1, column 1)");
  }
}
