package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screening reports and session plans lose nothing in JSON: {@code read(write(x))} equals x and
 * {@code write(read(json))} is json.
 */
class ReportRoundTripTest {
  private static final RegimenJson PRETTY = RegimenJson.create();
  private static final RegimenJson COMPACT = RegimenJson.builder().compact().build();

  @Test
  void everyScreeningReportReadsBackEqualAndRewritesToTheSameText() {
    qt().withExamples(200)
        .forAll(Generators.screeningReports())
        .checkAssert(
            report -> {
              String pretty = PRETTY.writeScreeningReport(report);
              String compact = COMPACT.writeScreeningReport(report);
              assertThat(PRETTY.readScreeningReport(pretty)).isEqualTo(report);
              assertThat(COMPACT.readScreeningReport(compact)).isEqualTo(report);
              assertThat(PRETTY.writeScreeningReport(COMPACT.readScreeningReport(compact)))
                  .isEqualTo(pretty);
            });
  }

  @Test
  void everySessionPlanReadsBackEqualAndRewritesToTheSameText() {
    qt().withExamples(150)
        .forAll(Generators.sessionPlans())
        .checkAssert(
            plan -> {
              String compact = COMPACT.writeSessionPlan(plan);
              SessionPlan back = COMPACT.readSessionPlan(compact);
              assertThat(back).isEqualTo(plan);
              assertThat(back.minSeconds()).isEqualTo(plan.minSeconds());
              assertThat(back.maxSeconds()).isEqualTo(plan.maxSeconds());
              assertThat(COMPACT.writeSessionPlan(back)).isEqualTo(compact);
            });
  }

  @Test
  void aPrettySessionPlanReadsBackEqual() {
    qt().withExamples(30)
        .forAll(Generators.sessionPlans())
        .checkAssert(
            plan -> assertThat(PRETTY.readSessionPlan(PRETTY.writeSessionPlan(plan))).isEqualTo(plan));
  }

  @Test
  void aReportWhoseEveryEntryIsAvoidedHasNoPersonalisedProtocolAndReadsBack() {
    ScreeningReport report =
        Screening.screen(
            Catalog.l5s1Relief(),
            PatientProfile.builder()
                .addConditionIds("herniated-disc")
                .addFindingIds("disc-extruded-onto-nerve")
                .build());
    String json = PRETTY.writeScreeningReport(report);

    assertThat(report.everyEntryAvoided()).isTrue();
    assertThat(json).doesNotContain("\"personalised\"").contains("\"verdict\": \"avoid\"");
    assertThat(PRETTY.readScreeningReport(json)).isEqualTo(report);
  }

  @Test
  void everyWayInAndOutGivesTheSameDocument(@TempDir Path dir) throws IOException {
    ScreeningReport report =
        Screening.screen(
            Catalog.l5s1Relief(), PatientProfile.builder().addConditionIds("herniated-disc").build());
    SessionPlan plan = SessionPlan.of(Catalog.l5s1Relief());
    String reportText = PRETTY.writeScreeningReport(report);
    String planText = PRETTY.writeSessionPlan(plan);

    StringWriter writer = new StringWriter();
    PRETTY.writeScreeningReport(report, writer);
    assertThat(writer.toString()).isEqualTo(reportText);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PRETTY.writeSessionPlan(plan, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(planText);
    writer = new StringWriter();
    PRETTY.writeSessionPlan(plan, writer);
    assertThat(writer.toString()).isEqualTo(planText);
    bytes = new ByteArrayOutputStream();
    PRETTY.writeScreeningReport(report, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(reportText);

    byte[] reportBytes = reportText.getBytes(StandardCharsets.UTF_8);
    assertThat(PRETTY.readScreeningReport(reportBytes)).isEqualTo(report);
    assertThat(PRETTY.readScreeningReport(new StringReader(reportText))).isEqualTo(report);
    assertThat(PRETTY.readScreeningReport(new ByteArrayInputStream(reportBytes))).isEqualTo(report);
    Path reportFile = Files.writeString(dir.resolve("report.json"), reportText);
    assertThat(PRETTY.readScreeningReport(reportFile)).isEqualTo(report);

    byte[] planBytes = planText.getBytes(StandardCharsets.UTF_8);
    assertThat(PRETTY.readSessionPlan(planBytes)).isEqualTo(plan);
    assertThat(PRETTY.readSessionPlan(new StringReader(planText))).isEqualTo(plan);
    assertThat(PRETTY.readSessionPlan(new ByteArrayInputStream(planBytes))).isEqualTo(plan);
    Path planFile = Files.writeString(dir.resolve("plan.json"), planText);
    assertThat(PRETTY.readSessionPlan(planFile)).isEqualTo(plan);
  }
}
