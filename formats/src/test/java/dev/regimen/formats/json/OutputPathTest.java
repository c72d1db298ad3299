package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One output path: every kind of document gives the same text whether it is written to a String,
 * a Writer or an OutputStream (whose bytes are that text in UTF-8), and that text carries no
 * character that is not visible or a space, in any plane: control and format characters, line
 * separators, invisible characters and lone surrogates are escaped, and read back as themselves.
 */
class OutputPathTest {
  private static final RegimenJson PRETTY = RegimenJson.create();
  private static final RegimenJson COMPACT = RegimenJson.builder().compact().build();

  /**
   * Text with what must not reach a document raw: a lone surrogate of each half, tag characters
   * (U+E0041 TAG LATIN CAPITAL LETTER A, U+E007F CANCEL TAG), a variation selector of the
   * supplement, the right-to-left override, a zero-width joiner, NEL, CSI, DEL, the line
   * separator, a Hangul filler; and an emoji pair, which stays.
   */
  private static final String AWKWARD =
      "Stretch \uD800 low \uDC00 tag \uDB40\uDC41\uDB40\uDC7F vs \uDB40\uDD00 rlo \u202E zwj \u200D nel \u0085 "
          + "csi \u009B del \u007F ls \u2028 filler \u3164 emoji \uD83D\uDCAA";

  private static Protocol awkwardProtocol() {
    Protocol l5s1 = Catalog.l5s1Relief();
    List<ProtocolEntry> entries = new ArrayList<>();
    for (ProtocolEntry entry : l5s1.entries()) {
      Exercise exercise = Exercise.builder().from(entry.exercise()).name(entry.exercise().name() + " " + AWKWARD).build();
      entries.add(ProtocolEntry.of(exercise, entry.dosage()));
    }
    return Protocol.builder().from(l5s1).name(AWKWARD).entries(entries).build();
  }

  private static <T> void assertOnePath(RegimenJson json, DocumentKind<T> kind, T value) throws IOException {
    String text = json.write(kind, value);
    StringWriter writer = new StringWriter();
    json.write(kind, value, writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(kind, value, bytes);

    assertThat(writer.toString()).as("%s to a Writer", kind).isEqualTo(text);
    assertThat(bytes.toByteArray()).as("%s to an OutputStream", kind).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(OutputSafety.firstUnsafe(text)).as(OutputSafety.describeFirstUnsafe(text)).isEqualTo(-1);
    assertThat(text)
        .contains("Stretch \\uD800 low \\uDC00 tag \\uDB40\\uDC41\\uDB40\\uDC7F vs \\uDB40\\uDD00 rlo \\u202E zwj \\u200D")
        .contains("nel \\u0085 csi \\u009B del \\u007F ls \\u2028 filler \\u3164 emoji \uD83D\uDCAA");
    assertThat(json.read(kind, text)).isEqualTo(value);
    assertThat(json.read(kind, bytes.toByteArray())).isEqualTo(value);
  }

  @Test
  void everyKindWritesTheSameSafeTextToEverySink() throws IOException {
    Protocol protocol = awkwardProtocol();
    ScreeningReport report =
        Screening.screen(protocol, PatientProfile.builder().addConditionIds("herniated-disc").build());
    SessionPlan plan = SessionPlan.of(protocol);
    for (RegimenJson json : List.of(PRETTY, COMPACT)) {
      assertOnePath(json, DocumentKind.PROTOCOL, protocol);
      assertOnePath(json, DocumentKind.EXERCISE, protocol.exercises().get(0));
      assertOnePath(json, DocumentKind.SCREENING_REPORT, report);
      assertOnePath(json, DocumentKind.SESSION_PLAN, plan);
    }
  }

  @Test
  void theScreeningReportAndSessionPlanWritersEscapeLoneSurrogatesLikeTheOthers() throws IOException {
    // the reproducer: these two Writer methods skipped the escaping the others applied
    Protocol protocol = Protocol.builder().from(Catalog.l5s1Relief()).name("Relief \uD800").build();
    ScreeningReport report = Screening.screen(protocol, PatientProfile.empty());
    SessionPlan plan = SessionPlan.of(protocol);
    StringWriter reportOut = new StringWriter();
    PRETTY.writeScreeningReport(report, reportOut);
    StringWriter planOut = new StringWriter();
    PRETTY.writeSessionPlan(plan, planOut);

    assertThat(reportOut.toString()).isEqualTo(PRETTY.writeScreeningReport(report)).contains("Relief \\uD800");
    assertThat(planOut.toString()).isEqualTo(PRETTY.writeSessionPlan(plan)).doesNotContain("\uD800");
  }

  @Test
  void aPairSplitBetweenTheGeneratorsWritesIsJudgedWhole() throws IOException {
    // long enough that the generator hands the text on in several pieces, at every alignment
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      name.append(i % 3 == 0 ? "a" : "").append("\uDB40\uDC41\uD83D\uDCAA");
    }
    Exercise exercise = Exercise.builder().from(Catalog.l5s1Relief().exercises().get(0)).name(name.toString()).build();
    String text = COMPACT.writeExercise(exercise);
    assertThat(OutputSafety.firstUnsafe(text)).isEqualTo(-1);
    assertThat(text).doesNotContain("\\uD83D").contains("\\uDB40\\uDC41\uD83D\uDCAA");
    assertThat(COMPACT.readExercise(text)).isEqualTo(exercise);
  }
}
