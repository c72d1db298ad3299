package dev.regimen.core.protocol;

import static dev.regimen.core.testing.Generators.protocols;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static dev.regimen.core.testing.Rejections.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import dev.regimen.core.testing.ValueContracts;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProtocolTest {
  /** Ids the generators cannot produce (they make at most three words), so they never exist. */
  private static final String NO_SUCH_CONDITION = "no-such-condition-at-all";

  private static final String NO_SUCH_SOURCE = "no-such-source-at-all";
  private static final String SLUG =
      "must be a lowercase slug (letters a-z, digits and single hyphens, such as 'knee-to-chest'),"
          + " was ";

  private static final Person SPEAKER = Person.named("David Wells-Roth");
  private static final Finding EXTRUDED =
      Finding.of("disc-extruded-onto-nerve", "Disc material extruded onto a nerve");
  private static final Condition HERNIATED_DISC =
      Condition.builder()
          .id("herniated-disc")
          .name("Herniated disc")
          .description("The soft centre of a disc pushes out through its tougher exterior.")
          .addFindings(EXTRUDED)
          .build();
  private static final Condition STENOSIS =
      Condition.builder()
          .id("spinal-stenosis")
          .name("Spinal stenosis")
          .description("The spaces in the spine narrow.")
          .build();
  private static final Source ARTICLE =
      Source.builder().id("wells-roth-article").name("Stretches for L5-S1 relief").build();

  private static Exercise.Builder exercise(String id) {
    return Exercise.builder()
        .id(id)
        .name("Exercise " + id)
        .kind(ExerciseKind.STRETCH)
        .startingPosition("Lie on your back.")
        .addSteps(Step.of("Breathe."));
  }

  private static ProtocolEntry entry(Exercise exercise) {
    return ProtocolEntry.of(exercise, Dosage.builder().repetitions(Repetitions.between(2, 4)).build());
  }

  private static Contraindication.Builder contraindication(String conditionId) {
    return Contraindication.builder()
        .conditionId(conditionId)
        .severity(Severity.AVOID)
        .rationale("It presses on the disc.");
  }

  private static Quote quote(String sourceId) {
    return Quote.builder().text("Stop if it hurts.").speaker(SPEAKER).sourceId(sourceId).build();
  }

  private static Advisory.Builder advisory(String id) {
    return Advisory.builder().id(id).name("Consult first").text("Ask a professional first.").trigger(AdvisoryTrigger.ALWAYS);
  }

  private static Recommendation.Builder recommendation(String id) {
    return Recommendation.builder().id(id).name("Strengthen your core").text("A strong core supports the spine.");
  }

  private static Protocol.Builder valid() {
    return Protocol.builder()
        .id("l5-s1-relief")
        .name("L5-S1 relief")
        .summary("Gentle stretches for the lumbosacral joint.")
        .addConditions(HERNIATED_DISC, STENOSIS)
        .addEntries(
            entry(
                exercise("knee-to-chest")
                    .addContraindications(
                        contraindication("herniated-disc").findingId("disc-extruded-onto-nerve").addSourceIds("wells-roth-article").build())
                    .build()),
            entry(exercise("cat-cow").addQuotes(quote("wells-roth-article")).build()))
        .addAdvisories(advisory("consult-first").addSourceIds("wells-roth-article").build())
        .addRecommendations(recommendation("core").build())
        .addTakeaways("Move every day.")
        .addSources(ARTICLE);
  }

  @Test
  void aValidProtocolBuildsAndFindsItsParts() {
    Protocol protocol = valid().build();
    assertThat(protocol.condition("herniated-disc")).contains(HERNIATED_DISC);
    assertThat(protocol.condition("sciatica")).isEmpty();
    assertThat(protocol.source("wells-roth-article")).contains(ARTICLE);
    assertThat(protocol.source("other")).isEmpty();
    assertThat(protocol.entry("cat-cow").map(e -> e.exercise().id())).contains("cat-cow");
    assertThat(protocol.entry("plank")).isEmpty();
    assertThat(protocol.exercises()).extracting(Exercise::id).containsExactly("knee-to-chest", "cat-cow");
  }

  @Test
  void reportsEveryProblemOfAProtocolAtOnceEachWithItsPath() {
    ValidationException e =
        rejectionOf(
            () ->
                Protocol.builder()
                    .id("L5-S1 Relief")
                    .name(" ")
                    .summary("")
                    .addConditions(HERNIATED_DISC, STENOSIS, HERNIATED_DISC)
                    .addEntries(
                        entry(
                            exercise("knee-to-chest")
                                .addContraindications(
                                    contraindication("piriformis-syndrome").build(),
                                    contraindication("herniated-disc").findingId("nerve-root-compression").build(),
                                    contraindication("herniated-disc")
                                        .findingId("disc-extruded-onto-nerve")
                                        .addSourceIds("wells-roth-article", "unknown-source")
                                        .quote(quote("nowhere"))
                                        .build())
                                .build()),
                        entry(exercise("knee-to-chest").addQuotes(quote("missing")).build()),
                        entry(exercise("cat-cow").build()))
                    .addAdvisories(
                        advisory("consult-first").addSourceIds("gone").build(),
                        advisory("consult-first").addQuotes(quote("lost")).build())
                    .addRecommendations(
                        recommendation("core").addSourceIds("wells-roth-article").build(),
                        recommendation("core").addSourceIds("absent").addQuotes(quote("vanished")).build())
                    .addTakeaways("Move every day.", " ")
                    .addSources(ARTICLE, ARTICLE)
                    .build());

    assertThat(e.subject()).isEqualTo("protocol");
    assertThat(e.violations())
        .containsExactlyInAnyOrder(
            new Violation("id", SLUG + "'L5-S1 Relief'"),
            new Violation("name", "must not be blank"),
            new Violation("summary", "must not be blank"),
            new Violation("takeaways[1]", "must not be blank"),
            new Violation("entries[1].exercise.id", "duplicate exercise id 'knee-to-chest' (first at entries[0])"),
            new Violation("conditions[2].id", "duplicate condition id 'herniated-disc' (first at conditions[0])"),
            new Violation("advisories[1].id", "duplicate advisory id 'consult-first' (first at advisories[0])"),
            new Violation("recommendations[1].id", "duplicate recommendation id 'core' (first at recommendations[0])"),
            new Violation("sources[1].id", "duplicate source id 'wells-roth-article' (first at sources[0])"),
            new Violation(
                "entries[0].exercise.contraindications[0].conditionId",
                "names condition 'piriformis-syndrome', which is not among the protocol's conditions"
                    + " [herniated-disc, spinal-stenosis]"),
            new Violation(
                "entries[0].exercise.contraindications[1].findingId",
                "names finding 'nerve-root-compression', which is not a finding of condition 'herniated-disc'"),
            new Violation(
                "entries[0].exercise.contraindications[2].sourceIds[1]",
                "names source 'unknown-source', which is not among the protocol's sources"),
            new Violation(
                "entries[0].exercise.contraindications[2].quote.sourceId",
                "names source 'nowhere', which is not among the protocol's sources"),
            new Violation(
                "entries[1].exercise.quotes[0].sourceId",
                "names source 'missing', which is not among the protocol's sources"),
            new Violation(
                "advisories[0].sourceIds[0]", "names source 'gone', which is not among the protocol's sources"),
            new Violation(
                "advisories[1].quotes[0].sourceId",
                "names source 'lost', which is not among the protocol's sources"),
            new Violation(
                "recommendations[1].sourceIds[0]",
                "names source 'absent', which is not among the protocol's sources"),
            new Violation(
                "recommendations[1].quotes[0].sourceId",
                "names source 'vanished', which is not among the protocol's sources"));
    assertThat(e.getMessage())
        .startsWith("18 problems: id: " + SLUG + "'L5-S1 Relief'; name: must not be blank; ")
        .contains("; entries[1].exercise.id: duplicate exercise id 'knee-to-chest' (first at entries[0]); ");
  }

  @Test
  void reportsAProtocolWithoutEntriesAlongWithItsOtherProblems() {
    assertThat(
            violationsOf(
                () ->
                    Protocol.builder()
                        .id("empty")
                        .name("Nothing to do")
                        .summary("No exercises yet.")
                        .addAdvisories(advisory("consult-first").addSourceIds("gone").build())
                        .addTakeaways("")
                        .build()))
        .containsExactlyInAnyOrder(
            new Violation("entries", "must have at least one entry"),
            new Violation("takeaways[0]", "must not be blank"),
            new Violation("advisories[0].sourceIds[0]", "names source 'gone', which is not among the protocol's sources"));
  }

  @Test
  void rejectsAFindingThatBelongsToAnotherCondition() {
    assertThat(
            violationsOf(
                () ->
                    valid()
                        .addEntries(
                            entry(
                                exercise("plank")
                                    .addContraindications(
                                        contraindication("spinal-stenosis").findingId("disc-extruded-onto-nerve").build())
                                    .build()))
                        .build()))
        .containsExactly(
            new Violation(
                "entries[2].exercise.contraindications[0].findingId",
                "names finding 'disc-extruded-onto-nerve', which is not a finding of condition 'spinal-stenosis'"));
  }

  @Test
  void aContraindicationNamingAnUnknownConditionIsReportedAtItsPath() {
    qt().withExamples(100)
        .forAll(protocols())
        .checkAssert(
            p -> {
              int last = p.entries().size() - 1;
              Exercise exercise = p.entries().get(last).exercise();
              Exercise broken =
                  Exercise.builder().from(exercise).addContraindications(contraindication(NO_SUCH_CONDITION).build()).build();
              List<ProtocolEntry> entries = new java.util.ArrayList<>(p.entries());
              entries.set(last, ProtocolEntry.builder().from(entries.get(last)).exercise(broken).build());
              String known =
                  p.conditions().stream().map(Condition::id).sorted().collect(Collectors.toList()).toString();
              assertThat(violationsOf(() -> Protocol.builder().from(p).entries(entries).build()))
                  .containsExactly(
                      new Violation(
                          "entries[" + last + "].exercise.contraindications["
                              + exercise.contraindications().size() + "].conditionId",
                          "names condition '" + NO_SUCH_CONDITION + "', which is not among the protocol's"
                              + " conditions " + known));
            });
  }

  @Test
  void aSourceIdThatNamesNoSourceIsReportedAtItsPath() {
    qt().withExamples(100)
        .forAll(protocols())
        .checkAssert(
            p ->
                assertThat(
                        violationsOf(
                            () ->
                                Protocol.builder()
                                    .from(p)
                                    .addAdvisories(advisory("one-more-advisory-than-before").addSourceIds(NO_SUCH_SOURCE).build())
                                    .build()))
                    .containsExactly(
                        new Violation(
                            "advisories[" + p.advisories().size() + "].sourceIds[0]",
                            "names source '" + NO_SUCH_SOURCE + "', which is not among the protocol's sources")));
  }

  @Test
  void anExerciseMayCiteItsOwnSources() {
    Source dataset = Source.builder().id("free-exercise-db").name("Free Exercise DB").build();
    Exercise imported =
        exercise("air-bike")
            .addSources(dataset)
            .addQuotes(quote("free-exercise-db"))
            .addCautions(Caution.builder().text("Stop if your knees hurt.").addSourceIds("free-exercise-db").build())
            .build();
    Protocol protocol = valid().addEntries(entry(imported)).build();
    assertThat(protocol.entry("air-bike")).isPresent();
    assertThat(
            violationsOf(
                () ->
                    valid()
                        .addEntries(entry(exercise("cat-camel").addQuotes(quote("free-exercise-db")).build()))
                        .build()))
        .as("another exercise cannot cite it")
        .containsExactly(
            new Violation(
                "entries[2].exercise.quotes[0].sourceId",
                "names source 'free-exercise-db', which is not among the protocol's sources"));
  }

  @Test
  void anExercisesOwnSourceMayNotTakeTheIdOfADifferentProtocolSource() {
    Source other = Source.builder().id("wells-roth-article").name("Something else").build();
    assertThat(violationsOf(() -> valid().addEntries(entry(exercise("air-bike").addSources(other).build())).build()))
        .containsExactly(
            new Violation(
                "entries[2].exercise.sources[0].id",
                "'wells-roth-article' is the id of another source of the protocol; give the exercise's"
                    + " source another id, or make it the same source"));
    assertThat(valid().addEntries(entry(exercise("air-bike").addSources(ARTICLE).build())).build().entries())
        .as("the same source twice is fine")
        .hasSize(3);
  }

  @Test
  void cautionsInWordsCiteOnlyKnownSources() {
    assertThat(
            violationsOf(
                () ->
                    valid()
                        .addCautions(Caution.builder().text("Not while pregnant.").addSourceIds(NO_SUCH_SOURCE).build())
                        .addEntries(
                            entry(
                                exercise("lunge")
                                    .addCautions(Caution.builder().text("Mind your knees.").addSourceIds(NO_SUCH_SOURCE).build())
                                    .build()))
                        .build()))
        .containsExactly(
            new Violation(
                "entries[2].exercise.cautions[0].sourceIds[0]",
                "names source '" + NO_SUCH_SOURCE + "', which is not among the protocol's sources"),
            new Violation(
                "cautions[0].sourceIds[0]",
                "names source '" + NO_SUCH_SOURCE + "', which is not among the protocol's sources"));
  }

  @Test
  void declaresTheLanguageOfItsText() {
    assertThat(valid().build().language()).isEqualTo("en");
    assertThat(valid().language("es").build().locale().getLanguage()).isEqualTo("es");
    assertThat(violationsOf(() -> valid().language("Spanish").build()))
        .containsExactly(new Violation("language", "must be a BCP 47 language tag such as 'en' or 'es-MX', was 'Spanish'"));
  }

  @Test
  void aRepeatedExerciseIdIsReportedAtTheRepeat() {
    qt().withExamples(100)
        .forAll(protocols())
        .checkAssert(
            p ->
                assertThat(violationsOf(() -> Protocol.builder().from(p).addEntries(p.entries().get(0)).build()))
                    .containsExactly(
                        new Violation(
                            "entries[" + p.entries().size() + "].exercise.id",
                            "duplicate exercise id '" + p.entries().get(0).exercise().id() + "' (first at entries[0])")));
  }

  @Test
  void aRebuiltValueEqualsTheOriginalWithTheSameHash() {
    qt().withExamples(200)
        .forAll(protocols())
        .checkAssert(p -> ValueContracts.assertSameValue(Protocol.builder().from(p).build(), p));
  }

  @Test
  void valuesThatDifferInAnAttributeAreNotEqual() {
    qt().withExamples(100)
        .forAll(protocols())
        .checkAssert(
            p -> {
              assertThat(Protocol.builder().from(p).addTakeaways("One more thing.").build()).isNotEqualTo(p);
              if (p.entries().size() > 1) {
                List<ProtocolEntry> reversed = new java.util.ArrayList<>(p.entries());
                java.util.Collections.reverse(reversed);
                assertThat(Protocol.builder().from(p).entries(reversed).build()).as("entries reversed").isNotEqualTo(p);
              }
            });
  }

  @Test
  void handedOutListsAreUnmodifiable() {
    qt().withExamples(200)
        .forAll(protocols())
        .checkAssert(p -> assertThat(ValueContracts.assertListsUnmodifiable(p)).as("8 attributes and exercises()").isEqualTo(9));
  }

  @Test
  void theBuilderCopiesTheListsItIsGiven() {
    qt().withExamples(200)
        .forAll(protocols())
        .checkAssert(p -> assertThat(ValueContracts.assertBuilderCopiesLists(p)).isEqualTo(8));
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(Protocol.builder());
  }

  @Test
  void lookupsRejectANullId() {
    Protocol protocol = valid().build();
    assertThatThrownBy(() -> protocol.condition(null)).isInstanceOf(NullPointerException.class).hasMessage("conditionId");
    assertThatThrownBy(() -> protocol.source(null)).isInstanceOf(NullPointerException.class).hasMessage("sourceId");
    assertThatThrownBy(() -> protocol.entry(null)).isInstanceOf(NullPointerException.class).hasMessage("exerciseId");
    assertThatThrownBy(() -> HERNIATED_DISC.finding(null)).isInstanceOf(NullPointerException.class).hasMessage("findingId");
  }
}
