package dev.regimen.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.regimen.core.anatomy.SpinalRegion;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.anatomy.Vertebra;
import dev.regimen.core.condition.Coding;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins the L5-S1 routine's anatomy, conditions, source, recommendations and takeaways to the
 * article and to the codes of {@code docs/reference.md}.
 */
class L5S1ReliefContentTest {
  private static final Protocol PROTOCOL = Catalog.l5s1Relief();
  private static final SpinalSegment L5_S1 = SpinalSegment.parse("L5-S1");

  private static Condition condition(String id) {
    return PROTOCOL.condition(id).orElseThrow();
  }

  private static Recommendation recommendation(String id) {
    return PROTOCOL.recommendations().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void targetsTheLumbosacralJointWhereL5SitsOnS1() {
    assertThat(PROTOCOL.targetSegments()).containsExactly(L5_S1);
    SpinalSegment target = PROTOCOL.targetSegments().get(0);
    assertThat(target.upper()).isEqualTo(Vertebra.of(SpinalRegion.LUMBAR, 5));
    assertThat(target.lower()).isEqualTo(Vertebra.of(SpinalRegion.SACRAL, 1));
    assertThat(target.commonName()).contains("lumbosacral joint");
  }

  @Test
  void summaryNamesTheFiveLumbarVertebraeTheFiveSacralBonesAndTheJoint() {
    assertThat(SpinalRegion.LUMBAR.labelRange()).isEqualTo("L1 to L5");
    assertThat(SpinalRegion.SACRAL.labelRange()).isEqualTo("S1 to S5");
    assertThat(PROTOCOL.summary())
        .contains("L1 to L5")
        .contains("S1 to S5")
        .contains("L5-S1, the lumbosacral joint");
  }

  @Test
  void hasATitle() {
    assertThat(PROTOCOL.name()).isEqualTo("L5-S1 Relief Stretches");
  }

  @Test
  void addressesTheFourCausesTheArticleNamesInItsOrder() {
    assertThat(PROTOCOL.conditions())
        .extracting(Condition::id, Condition::name)
        .containsExactly(
            tuple("age-related-cartilage-loss", "Age-related cartilage loss"),
            tuple("herniated-disc", "Herniated disc"),
            tuple("joint-damage", "Joint damage"),
            tuple("muscle-injury", "Muscle injury"));
  }

  @Test
  void everyConditionAffectsL5S1AndIsDescribed() {
    assertThat(PROTOCOL.conditions())
        .allSatisfy(
            c -> {
              assertThat(c.affectedSegments()).as(c.id()).containsExactly(L5_S1);
              assertThat(c.description()).as(c.id()).isNotBlank();
            });
  }

  @Test
  void ageRelatedCartilageLossIsCodedAsLumbosacralDiscDegeneration() {
    assertThat(condition("age-related-cartilage-loss").codings())
        .containsExactly(
            Coding.of(
                "http://hl7.org/fhir/sid/icd-10-cm",
                "M51.37",
                "Other intervertebral disc degeneration, lumbosacral region"),
            Coding.of(
                "http://snomed.info/sct",
                "60937000",
                "Degeneration of lumbosacral intervertebral disc"));
  }

  @Test
  void herniatedDiscIsCodedAsLumbosacralDiscDisplacement() {
    assertThat(condition("herniated-disc").codings())
        .containsExactly(
            Coding.of(
                "http://hl7.org/fhir/sid/icd-10-cm",
                "M51.27",
                "Other intervertebral disc displacement, lumbosacral region"),
            Coding.of(
                "http://snomed.info/sct",
                "20021007",
                "Displacement of lumbar intervertebral disc without myelopathy"));
  }

  @Test
  void herniatedDiscHasTheFindingOfDiscExtrudedOntoTheNerve() {
    assertThat(condition("herniated-disc").findings())
        .containsExactly(
            Finding.builder()
                .id("disc-extruded-onto-nerve")
                .name("Disc extruded onto the nerve")
                .description("Disc material is extruded out onto the nerve.")
                .build());
  }

  @Test
  void jointDamageIsCodedAsLumbosacralSpondylosisAndHasNoSnomedCode() {
    assertThat(condition("joint-damage").codings())
        .containsExactly(
            Coding.of(
                "http://hl7.org/fhir/sid/icd-10-cm",
                "M47.817",
                "Spondylosis without myelopathy or radiculopathy, lumbosacral region"));
    assertThat(condition("joint-damage").findings()).isEmpty();
  }

  @Test
  void muscleInjuryIsCodedAsALowerBackStrainAndHasNoSnomedCode() {
    assertThat(condition("muscle-injury").codings())
        .containsExactly(
            Coding.of(
                "http://hl7.org/fhir/sid/icd-10-cm",
                "S39.012A",
                "Strain of muscle, fascia and tendon of lower back, initial encounter"));
    assertThat(condition("muscle-injury").findings()).isEmpty();
  }

  @Test
  void theOnlySourceIsTheArticleWithoutAnInventedTitleAuthorPublisherOrLink() {
    assertThat(PROTOCOL.sources()).extracting(Source::id).containsExactly("l5-s1-article");
    Source article = PROTOCOL.sources().get(0);
    assertThat(article.name())
        .isEqualTo("Article on L5-S1 pain: its causes and stretches that may relieve it");
    assertThat(article.author()).isEmpty();
    assertThat(article.publisher()).isEmpty();
    assertThat(article.link()).isEmpty();
    assertThat(article.note().orElseThrow())
        .contains("does not name its title, author, publisher or web address");
  }

  @Test
  void theArticlesExpertIsDrDavidWellsRothANeurosurgeon() {
    assertThat(PROTOCOL.sources().get(0).experts())
        .containsExactly(
            Person.builder()
                .name("David Wells-Roth")
                .credentials("MD")
                .role("neurosurgeon specialising in minimally invasive spinal surgery")
                .build());
    assertThat(PROTOCOL.sources().get(0).experts().get(0).displayName())
        .isEqualTo("David Wells-Roth, MD");
  }

  @Test
  void hasTheThreeRecommendationsInTheArticlesOrderEachCitingIt() {
    assertThat(PROTOCOL.recommendations())
        .extracting(Recommendation::id, Recommendation::name)
        .containsExactly(
            tuple("strengthen-your-core", "Strengthen your core"),
            tuple("exercise-regularly", "Exercise regularly"),
            tuple("listen-to-your-body", "Listen to your body"));
    assertThat(PROTOCOL.recommendations())
        .allSatisfy(r -> assertThat(r.sourceIds()).as(r.id()).containsExactly("l5-s1-article"));
  }

  @Test
  void strengthenYourCoreIsNotAboutTheSixPackMuscles() {
    assertThat(recommendation("strengthen-your-core").text())
        .isEqualTo(
            "Strengthening your core is one way to relieve lower back pain. But that doesn't mean"
                + " you should focus on the six-pack muscles.");
  }

  @Test
  void exerciseRegularlyHelpsOnlyWhenNotAlreadyInPain() {
    assertThat(recommendation("exercise-regularly").text())
        .startsWith(
            "As long as you're not already in pain when you do it, exercise may alleviate lower"
                + " back pain.")
        .contains("Consult your doctor");
  }

  @Test
  void listenToYourBodyQuotesDrWellsRothOnDailyStretchingAndOnTreatment() {
    Recommendation listen = recommendation("listen-to-your-body");
    assertThat(listen.text())
        .startsWith(
            "If you experience prolonged discomfort, ease off your exercise routine and consult a"
                + " doctor.")
        .contains("long walks")
        .contains("low-impact cardio");
    assertThat(listen.quotes())
        .extracting(Quote::text, q -> q.speaker().name(), Quote::sourceId)
        .containsExactly(
            tuple(
                "It's important to properly stretch daily and get adequate exercise, such as"
                    + " taking long walks, other forms of low-impact cardio, and strengthening your"
                    + " core",
                "David Wells-Roth",
                Optional.of("l5-s1-article")),
            tuple(
                "However, if the L5-S1 is injured, it is never going to fully get better without"
                    + " treatment, and this will all simply relieve pain, not solve the issue.",
                "David Wells-Roth",
                Optional.of("l5-s1-article")));
  }

  @Test
  void hasTheThreeTakeawaysOfTheArticle() {
    assertThat(PROTOCOL.takeaways())
        .containsExactly(
            "Some stretches, such as the seated hamstring stretch, the standing hurdler stretch, or"
                + " the knee-to-chest stretch, may provide temporary relief for L5-S1-related"
                + " pain.",
            "But lower back pain can occur for many reasons, including age-related wear and tear,"
                + " injury, herniated disks, joint damage, or muscle injury. Many causes of lower"
                + " back pain require active treatment and won't improve with home stretching.",
            "If your back pain persists, consult a healthcare professional to prevent further"
                + " injury.");
  }
}
