package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.Generators;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an instance writes, it reads (issue 16, item 4): a value whose document the instance's
 * readers would refuse is refused by its writer, with the very problem reading the document from
 * its bytes would report; every other document reads back as the value. The model lets a plan
 * have {@link PlanOptions#DEFAULT_MAX_CUES} cues, more than the default {@link
 * JsonLimits#maxArrayLength()}, so both sides of the rule are reached with the default limits.
 */
class WhatItWritesItReadsTest {
  private static final RegimenJson PRETTY = RegimenJson.defaults();
  private static final RegimenJson COMPACT = RegimenJson.builder().compact().build();
  private static final JsonLimits NONE =
      new JsonLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

  /** How a value fared. */
  enum Outcome {
    READ_BACK,
    REFUSED_ARRAY,
    REFUSED_LENGTH,
    REFUSED_TEXT,
    REFUSED_DEPTH
  }

  /**
   * Writes a value with an instance and checks the rule: either the document reads back as the
   * value (from the text and from its bytes), or the writer refused it with exactly the exception
   * the same instance gives reading the document an unlimited writer writes, and wrote nothing.
   */
  static <T> Outcome agree(RegimenJson json, DocumentKind<T> kind, T value) {
    RegimenJsonException refused;
    try {
      String text = json.write(kind, value);
      assertThat(json.read(kind, text)).isEqualTo(value);
      assertThat(json.read(kind, text.getBytes(StandardCharsets.UTF_8))).isEqualTo(value);
      return Outcome.READ_BACK;
    } catch (RegimenJsonException e) {
      refused = e;
    }
    RegimenJson unlimited =
        json.isPretty()
            ? RegimenJson.builder().limits(NONE).build()
            : RegimenJson.builder().compact().limits(NONE).build();
    byte[] bytes = unlimited.write(kind, value).getBytes(StandardCharsets.UTF_8);
    RegimenJsonException reading = catchThrowableOfType(RegimenJsonException.class, () -> json.read(kind, bytes));
    assertThat(reading).as("the reader refuses what the writer refused: %s", refused.getMessage()).isNotNull();
    assertThat(refused.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(refused.getMessage()).isEqualTo(reading.getMessage());
    assertThat(refused.problems()).isEqualTo(reading.problems());
    assertThat(refused.expected()).isEqualTo(reading.expected());
    // and nothing was written to a sink
    StringWriter chars = new StringWriter();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    assertThat(catchThrowableOfType(RegimenJsonException.class, () -> json.write(kind, value, chars))).isNotNull();
    assertThat(catchThrowableOfType(RegimenJsonException.class, () -> json.write(kind, value, stream))).isNotNull();
    assertThat(chars.toString()).isEmpty();
    assertThat(stream.size()).isZero();
    String problem = refused.problem();
    if (problem.endsWith("(maxArrayLength)")) {
      return Outcome.REFUSED_ARRAY;
    }
    if (problem.endsWith("(maxDocumentLength)")) {
      return Outcome.REFUSED_LENGTH;
    }
    if (problem.endsWith("(maxStringLength)")) {
      return Outcome.REFUSED_TEXT;
    }
    assertThat(problem).endsWith("(maxDepth)");
    return Outcome.REFUSED_DEPTH;
  }

  /** The bundled protocol with every entry at {@code sets} sets. */
  private static Protocol l5s1WithSets(int sets) {
    Protocol p = Catalog.l5s1Relief();
    List<ProtocolEntry> entries =
        p.entries().stream()
            .map(e -> ProtocolEntry.builder().from(e).dosage(Dosage.builder().from(e.dosage()).sets(Range.of(sets)).build()).build())
            .collect(Collectors.toList());
    return Protocol.builder().from(p).entries(entries).build();
  }

  @Test
  void theL5S1PlanAtEveryNumberOfSetsTheModelAllowsIsWrittenAndReadWithTheDefaultLimits() {
    // issue 16's reproducer was 300 sets; the model now allows at most Dosage.MAX_SETS
    for (int sets : List.of(1, 2, 10, 50, 99, Dosage.MAX_SETS)) {
      SessionPlan plan = SessionPlan.of(l5s1WithSets(sets));
      assertThat(agree(PRETTY, DocumentKind.SESSION_PLAN, plan)).as("%d sets", sets).isEqualTo(Outcome.READ_BACK);
      assertThat(agree(COMPACT, DocumentKind.SESSION_PLAN, plan)).as("%d sets", sets).isEqualTo(Outcome.READ_BACK);
    }
  }

  /** One one-sided exercise of one repetition step with a hold, at {@code sets} sets of {@code reps} a side. */
  private static Protocol repeated(int sets, int reps) {
    Exercise exercise =
        Exercise.builder()
            .id("calf-raise")
            .name("Calf raise")
            .kind(ExerciseKind.STRENGTHENING)
            .addSteps(Step.holding("Rise onto your toes", Hold.ofSeconds(2)))
            .build();
    Dosage dosage =
        Dosage.builder()
            .repetitions(Repetitions.exactly(reps))
            .sets(Range.of(sets))
            .sideOrder(SideOrder.ONE_SIDE_THEN_OTHER)
            .build();
    return Protocol.builder().id("many").name("Many").summary("S").addEntries(ProtocolEntry.of(exercise, dosage)).build();
  }

  @Test
  void aPlanOverTheArrayLimitAndOneOfTheModelsWholeBudgetAreRefusedAsTheReaderRefusesThem() {
    SessionPlan justOver = SessionPlan.of(repeated(8, 210)); // about 10,100 cues: the array limit
    assertThat(justOver.cues().size()).isGreaterThan(JsonLimits.DEFAULT_MAX_ARRAY_LENGTH);
    assertThat(agree(COMPACT, DocumentKind.SESSION_PLAN, justOver)).isEqualTo(Outcome.REFUSED_ARRAY);
    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> COMPACT.writeSessionPlan(justOver));
    assertThat(e.pointer()).isEqualTo("/sessionPlan/cues/10000");
    assertThat(e.problem()).isEqualTo("array has more than 10000 elements (maxArrayLength)");

    SessionPlan whole = SessionPlan.of(repeated(Dosage.MAX_SETS, 160)); // about 96,000 cues, 10 MB long before
    assertThat(whole.cues().size()).isBetween(90_000, PlanOptions.DEFAULT_MAX_CUES);
    assertThat(agree(PRETTY, DocumentKind.SESSION_PLAN, whole)).isEqualTo(Outcome.REFUSED_LENGTH);
    assertThat(agree(COMPACT, DocumentKind.SESSION_PLAN, whole)).isEqualTo(Outcome.REFUSED_LENGTH);
    assertThat(catchThrowableOfType(RegimenJsonException.class, () -> PRETTY.writeSessionPlan(whole)).problem())
        .isEqualTo("document is longer than 10000000 bytes (maxDocumentLength)");

    // an instance built for such plans writes and reads them
    RegimenJson roomy =
        RegimenJson.builder()
            .compact()
            .limits(JsonLimits.defaults().withMaxArrayLength(PlanOptions.DEFAULT_MAX_CUES).withMaxDocumentLength(100_000_000))
            .build();
    assertThat(agree(roomy, DocumentKind.SESSION_PLAN, whole)).isEqualTo(Outcome.READ_BACK);
  }

  @Test
  void aLongTextAndADeepDocumentAreRefusedByAnInstanceThatWouldNotReadThem() {
    RegimenJson shortTexts = RegimenJson.builder().limits(JsonLimits.defaults().withMaxStringLength(120)).build();
    assertThat(agree(shortTexts, DocumentKind.PROTOCOL, Catalog.l5s1Relief())).isEqualTo(Outcome.REFUSED_TEXT);
    RegimenJson shallow = RegimenJson.builder().limits(JsonLimits.defaults().withMaxDepth(5)).build();
    assertThat(agree(shallow, DocumentKind.PROTOCOL, Catalog.l5s1Relief())).isEqualTo(Outcome.REFUSED_DEPTH);
    RegimenJson small = RegimenJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(5_000)).build();
    assertThat(agree(small, DocumentKind.PROTOCOL, Catalog.l5s1Relief())).isEqualTo(Outcome.REFUSED_LENGTH);
    // a document of exactly the limit is written and read
    int length = PRETTY.writeProtocol(Catalog.l5s1Relief()).getBytes(StandardCharsets.UTF_8).length;
    RegimenJson exact = RegimenJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(length)).build();
    assertThat(agree(exact, DocumentKind.PROTOCOL, Catalog.l5s1Relief())).isEqualTo(Outcome.READ_BACK);
    RegimenJson oneShort = RegimenJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(length - 1)).build();
    assertThat(agree(oneShort, DocumentKind.PROTOCOL, Catalog.l5s1Relief())).isEqualTo(Outcome.REFUSED_LENGTH);
  }

  @Test
  void whatTheDefaultInstancesWriteTheyReadOverGeneratedPlansOfEverySize() {
    Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
    // plans of up to about 20,000 cues (Generators.PLANNABLE_CUES): few examples, each big
    qt().withExamples(25)
        .withShrinkCycles(5)
        .forAll(Generators.plannableProtocols(), Generators.planOptions())
        .checkAssert(
            (protocol, options) -> {
              SessionPlan plan = SessionPlan.of(protocol, options);
              seen.add(agree(PRETTY, DocumentKind.SESSION_PLAN, plan));
              seen.add(agree(COMPACT, DocumentKind.SESSION_PLAN, plan));
            });
    qt().withExamples(100)
        .forAll(Generators.protocols())
        .checkAssert(protocol -> seen.add(agree(COMPACT, DocumentKind.PROTOCOL, protocol)));
    assertThat(seen).contains(Outcome.READ_BACK);
  }

  @Test
  void theJacksonModuleRefusesToEmbedAPlanItsReaderWouldRefuse() {
    JsonMapper mapper = JsonMapper.builder().addModule(new RegimenJacksonModule()).build();
    SessionPlan justOver = SessionPlan.of(repeated(8, 210));
    DatabindException writing =
        catchThrowableOfType(DatabindException.class, () -> mapper.writeValueAsString(Map.of("plan", justOver)));
    assertThat(writing).isNotNull();
    RegimenJsonException refused = (RegimenJsonException) writing.getCause();
    assertThat(refused.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(refused.pointer()).isEqualTo("/plan/cues/10000");
    assertThat(refused.problem()).isEqualTo("array has more than 10000 elements (maxArrayLength)");

    String embedded = "{\"plan\":" + COMPACT.write(DocumentKind.SESSION_PLAN, SessionPlan.of(Catalog.l5s1Relief()))
        .replaceFirst("^\\{\"schemaVersion\":2,\"sessionPlan\":", "");
    String tooMany = "{\"plan\":" + RegimenJson.builder().compact().limits(NONE).build()
        .writeSessionPlan(justOver).replaceFirst("^\\{\"schemaVersion\":2,\"sessionPlan\":", "");
    assertThat(mapper.readValue(embedded, new TypeReference<Map<String, SessionPlan>>() {}).get("plan"))
        .isEqualTo(SessionPlan.of(Catalog.l5s1Relief()));
    DatabindException reading =
        catchThrowableOfType(
            DatabindException.class, () -> mapper.readValue(tooMany, new TypeReference<Map<String, SessionPlan>>() {}));
    RegimenJsonException readingCause = (RegimenJsonException) reading.getCause();
    assertThat(readingCause.pointer()).isEqualTo(refused.pointer());
    assertThat(readingCause.problem()).isEqualTo(refused.problem());
  }
}
