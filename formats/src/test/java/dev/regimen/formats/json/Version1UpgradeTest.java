package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.CueKind;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Documents of format version 1 are read and upgraded to the current model by the rules of the
 * evolution policy ({@code docs/format/json.md}, "Versions and how the format evolves"), and
 * written back they are documents of the current version. The golden files version 1 wrote are the
 * first inputs; small documents pin each rule, and that a version 1 document may hold only what
 * version 1 could say.
 */
class Version1UpgradeTest {
  private final RegimenJson json = RegimenJson.defaults();

  /**
   * The bundled protocol as a version 1 document gives it: every step played in each repetition
   * (version 1 had no phases), the equipment not stated (it had no "none needed"), and one
   * repetition where it gave none; and without the drawings of its stretches, which the protocol
   * gained after version 1 wrote its file (content, not format: no upgrade rule adds them).
   */
  private static Protocol l5s1AsVersion1SaidIt() {
    Protocol current = Catalog.l5s1Relief();
    List<ProtocolEntry> entries =
        current.entries().stream()
            .map(
                entry -> {
                  Exercise exercise = entry.exercise();
                  List<Step> steps =
                      exercise.steps().stream()
                          .map(s -> Step.builder().from(s).phase(StepPhase.REPETITION).build())
                          .collect(Collectors.toList());
                  Dosage dosage = entry.dosage();
                  if (!dosage.amountGiven()) {
                    dosage = Dosage.builder().from(dosage).repetitions(Repetitions.exactly(1)).build();
                  }
                  return ProtocolEntry.builder()
                      .from(entry)
                      .exercise(
                          Exercise.builder()
                              .from(exercise)
                              .steps(steps)
                              .needsNoEquipment(false)
                              .media(List.of())
                              .build())
                      .dosage(dosage)
                      .build();
                })
            .collect(Collectors.toList());
    return Protocol.builder().from(current).entries(entries).build();
  }

  @Test
  void theVersion1ProtocolGoldenFileReadsAsTheBundledProtocolByTheUpgradeRules() throws IOException {
    Protocol read = json.readProtocol(V1Goldens.text(V1Goldens.PROTOCOL));
    assertThat(read).isEqualTo(l5s1AsVersion1SaidIt());
    // the three deliberate content changes of version 2 are exactly what the upgrade cannot know
    assertThat(read).isNotEqualTo(Catalog.l5s1Relief());
    assertThat(read.entries().get(2).dosage().repetitions()).contains(Repetitions.exactly(1));
    assertThat(Catalog.l5s1Relief().entries().get(2).dosage().amountGiven()).isFalse();
  }

  @Test
  void theVersion1ScreeningGoldenFileReadsAsTheScreeningOfTheBundledProtocol() throws IOException {
    ScreeningReport read = json.readScreeningReport(V1Goldens.text(V1Goldens.SCREENING));
    assertThat(read).isEqualTo(GoldenFileTest.SCREENING.value());
  }

  @Test
  void theVersion1PlanGoldenFileKeepsItsCuesAndTotalsAndTakesTheDefaultsOfTheNewOptions() throws IOException {
    SessionPlan read = json.readSessionPlan(V1Goldens.text(V1Goldens.PLAN));
    // version 1 played every step in every repetition: its cues are kept as they were planned
    assertThat(read.cues()).hasSize(92);
    assertThat(read.cues().get(0).kind()).isEqualTo(CueKind.LEAD_IN);
    assertThat(read.protocolName()).isEqualTo("L5-S1 Relief Stretches");
    assertThat(read.options()).isEqualTo(PlanOptions.defaults());
    String text = V1Goldens.text(V1Goldens.PLAN);
    assertThat(text).contains("\"minSeconds\": " + read.minSeconds() + ",\n    \"maxSeconds\": " + read.maxSeconds() + "\n");
  }

  @Test
  void everyVersion1GoldenFileWrittenAgainIsADocumentOfTheCurrentVersion() throws IOException {
    for (String golden : V1Goldens.NAMES) {
      RegimenDocument<?> document = json.readDocument(V1Goldens.text(golden));
      String written = write(document);
      assertThat(written).as(golden).startsWith("{\n  \"schemaVersion\": " + RegimenJson.SCHEMA_VERSION + ",\n");
      assertThat(SchemaTest.validate(written)).as(golden).isEmpty();
      assertThat(written).as(golden).doesNotContain("\"title\"", "\"protocolTitle\"", "\"targetAreas\"");
      assertThat(json.readDocument(written).value()).as(golden).isEqualTo(document.value());
    }
    // the screening needs nothing the upgrade cannot know: its current golden file, exactly
    assertThat(write(json.readDocument(V1Goldens.text(V1Goldens.SCREENING))))
        .isEqualTo(GoldenFileTest.text(GoldenFileTest.SCREENING));
  }

  private <T> String write(RegimenDocument<T> document) {
    return json.write(document.kind(), document.value());
  }

  // ------------------------------------------------------------------ the rules, one by one

  private static String exercise(String properties) {
    return "{\"schemaVersion\":1,\"exercise\":{\"id\":\"e\",\"name\":\"E\",\"kind\":\"stretch\","
        + "\"startingPosition\":\"P\",\"steps\":[{\"text\":\"x\"}]" + properties + "}}";
  }

  private static String protocol(String dosage) {
    return "{\"schemaVersion\":1,\"protocol\":{\"id\":\"p\",\"title\":\"T\",\"summary\":\"S\",\"entries\":[{\"exercise\":"
        + "{\"id\":\"e\",\"name\":\"E\",\"kind\":\"stretch\",\"startingPosition\":\"P\",\"steps\":[{\"text\":\"x\"}]},"
        + "\"dosage\":" + dosage + "}]}}";
  }

  private RegimenJsonException error(String document) {
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> json.readDocument(document));
    assertThat(e).as("reading should fail: %s", document).isNotNull();
    return e;
  }

  @Test
  void aDosageWithoutRepetitionsIsOneRepetitionPerSide() {
    Dosage dosage = json.readProtocol(protocol("{}")).entries().get(0).dosage();
    assertThat(dosage.repetitions()).contains(Repetitions.exactly(1));
    assertThat(dosage.amountGiven()).isTrue();
    assertThat(json.writeProtocol(json.readProtocol(protocol("{}"))))
        .contains("\"repetitions\": {\n            \"min\": 1,\n            \"max\": 1,\n            \"basis\": \"per_side\"");
  }

  @Test
  void setsAndRestsAreWholeNumbersAndReadAsExactRanges() {
    Dosage dosage =
        json.readProtocol(protocol("{\"sets\":3,\"restSeconds\":10,\"restBetweenSetsSeconds\":60}")).entries().get(0).dosage();
    assertThat(dosage.sets()).isEqualTo(Range.of(3));
    assertThat(dosage.restSeconds()).contains(Range.of(10));
    assertThat(dosage.restBetweenSetsSeconds()).contains(Range.of(60));
    RegimenJsonException e = error(protocol("{\"sets\":{\"min\":2,\"max\":3}}"));
    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.pointer()).isEqualTo("/protocol/entries/0/dosage/sets");
    assertThat(e.problem()).isEqualTo("expected a whole number, was an object");
  }

  @Test
  void anIntensitysRatingBecomesTheDosagesEffortOnTheRpeScale() {
    Dosage dosage =
        json.readProtocol(protocol("{\"intensity\":{\"description\":\"gentle\",\"rating\":3}}")).entries().get(0).dosage();
    assertThat(dosage.intensity().get().description()).isEqualTo("gentle");
    assertThat(dosage.effort()).contains(Effort.rpe(3));
    RegimenJsonException e = error(protocol("{\"intensity\":{\"description\":\"gentle\",\"rating\":11}}"));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/protocol/entries/0/dosage/intensity/rating");
    assertThat(e.problem()).isEqualTo("must be from 0 to 10, was 11");
  }

  @Test
  void titlesAreNamesAndTargetAreasArePrimaryTargets() {
    Protocol protocol =
        json.readProtocol(
            "{\"schemaVersion\":1,\"protocol\":{\"id\":\"p\",\"title\":\"The title\",\"summary\":\"S\",\"entries\":[{\"exercise\":"
                + "{\"id\":\"e\",\"name\":\"E\",\"kind\":\"stretch\",\"startingPosition\":\"P\",\"targetAreas\":[\"calves\",\"core\"],"
                + "\"steps\":[{\"text\":\"x\"}]},\"dosage\":{}}],"
                + "\"advisories\":[{\"id\":\"a\",\"title\":\"Advice\",\"text\":\"T\",\"trigger\":\"always\"}],"
                + "\"recommendations\":[{\"id\":\"r\",\"title\":\"Rec\",\"text\":\"T\"}],"
                + "\"sources\":[{\"id\":\"s\",\"title\":\"Source\"}]}}");
    assertThat(protocol.name()).isEqualTo("The title");
    assertThat(protocol.advisories().get(0).name()).isEqualTo("Advice");
    assertThat(protocol.recommendations().get(0).name()).isEqualTo("Rec");
    assertThat(protocol.sources().get(0).name()).isEqualTo("Source");
    assertThat(protocol.entries().get(0).exercise().primaryTargets()).containsExactly(BodyArea.CALVES, BodyArea.CORE);
    assertThat(protocol.entries().get(0).exercise().secondaryTargets()).isEmpty();
  }

  @Test
  void everyStepIsARepetitionStepAndTheLanguageIsEnglish() {
    Exercise exercise = json.readExercise(exercise(""));
    assertThat(exercise.steps()).extracting(Step::phase).containsExactly(StepPhase.REPETITION);
    assertThat(exercise.language()).isEqualTo("en");
    assertThat(exercise.needsNoEquipment()).isFalse();
  }

  @Test
  void aVersion1DocumentNamesOnlyWhatVersion1HadAndTheMessageSaysWhatItHad() {
    RegimenJsonException name = error(exercise("").replace("\"startingPosition\":\"P\",", "\"primaryTargets\":[\"core\"],"));
    assertThat(name.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(name.pointer()).isEqualTo("/exercise/primaryTargets");
    assertThat(name.problem())
        .isEqualTo(
            "unknown property 'primaryTargets'; expected one of id, name, kind, purpose, startingPosition, equipment,"
                + " targetAreas, steps, sensations, modifications, progressions, contraindications, quotes");
    RegimenJsonException phase = error(exercise("").replace("{\"text\":\"x\"}", "{\"text\":\"x\",\"phase\":\"setup\"}"));
    assertThat(phase.pointer()).isEqualTo("/exercise/steps/0/phase");
    assertThat(phase.problem()).isEqualTo("unknown property 'phase'; expected one of text, hold");
    RegimenJsonException title =
        error(protocol("{}").replace("\"title\":\"T\"", "\"name\":\"T\""));
    assertThat(title.problem())
        .isEqualTo(
            "unknown property 'name'; expected one of id, title, summary, targetSegments, conditions, entries,"
                + " advisories, recommendations, takeaways, sources");
  }

  @Test
  void aVersion1ExerciseNeedsItsStartingPosition() {
    RegimenJsonException e = error(exercise("").replace("\"startingPosition\":\"P\",", ""));
    assertThat(e.kind()).isEqualTo(Kind.MISSING_PROPERTY);
    assertThat(e.pointer()).isEqualTo("/exercise");
    assertThat(e.problem()).isEqualTo("missing required property 'startingPosition'");
  }

  @Test
  void aVersion1HoldGivesSecondsOrBreaths() {
    String document = exercise("").replace("{\"text\":\"x\"}", "{\"text\":\"x\",\"hold\":{\"wording\":\"a while\"}}");
    RegimenJsonException e = error(document);
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/exercise/steps/0/hold");
    assertThat(e.column()).isEqualTo(document.indexOf("{\"wording\"") + 1);
    assertThat(e.problem()).isEqualTo("must give seconds, breaths or both (a hold in words only is of schemaVersion 2)");
    // the same hold in a document of the current version is a hold in words
    String current = document.replace("\"schemaVersion\":1", "\"schemaVersion\":2").replace("\"startingPosition\":\"P\",", "");
    assertThat(json.readExercise(current).steps().get(0).hold().get().wording()).contains("a while");
  }

  @Test
  void aVersion1DocumentHasOnlyVersion1sBodyAreasExerciseKindsVerdictsAndCueKinds() {
    RegimenJsonException area = error(exercise(",\"targetAreas\":[\"biceps\"]"));
    assertThat(area.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(area.pointer()).isEqualTo("/exercise/targetAreas/0");
    assertThat(area.problem())
        .isEqualTo(
            "must be one of neck, shoulders, chest, upper_back, lower_back, core, abdominals, hips, hip_flexors,"
                + " glutes, groin, adductors, hamstrings, quadriceps, calves, was 'biceps' (schemaVersion 1 has these"
                + " areas; schemaVersion 2 has more, and custom ones)");
    RegimenJsonException custom = error(exercise(",\"targetAreas\":[{\"id\":\"tibialis\",\"displayName\":\"T\"}]"));
    assertThat(custom.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(custom.problem()).isEqualTo("expected a string, was an object");
    RegimenJsonException kind = error(exercise("").replace("\"stretch\"", "\"balance\""));
    assertThat(kind.problem()).isEqualTo("must be one of stretch, strengthening, mobility, aerobic, was 'balance'");

    String plan = json.writeSessionPlan(SessionPlan.of(Catalog.l5s1Relief()));
    String v1Plan = asVersion1Plan(plan);
    assertThat(json.readSessionPlan(v1Plan).cues()).hasSameSizeAs(SessionPlan.of(Catalog.l5s1Relief()).cues());
    RegimenJsonException work = error(v1Plan.replaceFirst("\"kind\": \"rest\"", "\"kind\": \"work\""));
    assertThat(work.problem())
        .isEqualTo("must be one of lead_in, step, hold, rest, switch_sides, next_exercise, was 'work'");
  }

  @Test
  void aVersion1PlansOptionsTakeTheDefaultsOfWhatVersion1DidNotSay() {
    SessionPlan plan = json.readSessionPlan(asVersion1Plan(json.writeSessionPlan(SessionPlan.of(Catalog.l5s1Relief()))));
    assertThat(plan.options()).isEqualTo(PlanOptions.defaults());
    assertThat(plan.protocolName()).isEqualTo("L5-S1 Relief Stretches");
    assertThat(plan.cues(CueKind.LEAD_IN)).hasSize(1);
  }

  /** A current plan of the bundled protocol as version 1 would have named its properties. */
  private static String asVersion1Plan(String plan) {
    return plan.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1")
        .replace("\"protocolName\"", "\"protocolTitle\"")
        .replaceAll("\\n      \"(secondsPerRepetition|assumedHoldSeconds|secondsPerOpenSet|secondsPerKilometre|maxCues)\": \\d+,", "");
  }
}
