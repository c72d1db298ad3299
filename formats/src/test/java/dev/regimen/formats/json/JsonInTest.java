package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;

/** The reader's small translations: model paths into JSON Pointers, Jackson's messages into ours. */
class JsonInTest {
  private static final JsonPointer PROTOCOL = JsonPointer.compile("/protocol");

  private static String pointer(String modelPath) {
    return JsonIn.append(PROTOCOL, modelPath).toString();
  }

  @Test
  void aModelPathBecomesThePointerOfTheSameElement() {
    assertThat(pointer("entries[1].exercise.id")).isEqualTo("/protocol/entries/1/exercise/id");
    assertThat(pointer("entries[10].exercise.contraindications[0].sourceIds[3]"))
        .isEqualTo("/protocol/entries/10/exercise/contraindications/0/sourceIds/3");
    assertThat(pointer("title")).isEqualTo("/protocol/title");
    assertThat(pointer("[2]")).isEqualTo("/protocol/2");
    assertThat(pointer("")).isEqualTo("/protocol");
  }

  @Test
  void bracketsHoldingAnythingButAShortRunOfDigitsAreKeptAsANameWithoutFailing() {
    assertThat(pointer("a[123456789]")).isEqualTo("/protocol/a/123456789");
    assertThat(pointer("a[99999999999]")).isEqualTo("/protocol/a/99999999999");
    assertThat(pointer("a[1x]")).isEqualTo("/protocol/a/1x");
    assertThat(pointer("a[x1]")).isEqualTo("/protocol/a/x1");
    assertThat(pointer("a[-1]")).isEqualTo("/protocol/a/-1");
    assertThat(pointer("a[]")).isEqualTo("/protocol/a/");
  }

  @Test
  void anUnclosedBracketIsKeptAsAName() {
    assertThat(JsonIn.append(PROTOCOL, "a[1").tail().tail().getMatchingProperty()).isEqualTo("[1");
  }

  @Test
  void jacksonsMessagesLoseTheirLocationAndStartInLowercaseUnlessAnAcronym() {
    assertThat(
            JsonIn.strip(
                "Unexpected character ('x' (code 120)): was expecting double-quote\n"
                    + " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 3]"))
        .isEqualTo("unexpected character ('x' (code 120)): was expecting double-quote");
    assertThat(JsonIn.strip("Unexpected end-of-input (start marker at [Source: x; line: 1, column: 1])"))
        .isEqualTo("unexpected end-of-input");
    assertThat(JsonIn.strip("JSON ended early")).isEqualTo("JSON ended early");
    assertThat(JsonIn.strip("A")).isEqualTo("a");
    assertThat(JsonIn.strip("already lowercase")).isEqualTo("already lowercase");
    assertThat(JsonIn.strip("  ")).isEmpty();
  }

  @Test
  void textQuotedInAMessageIsCutAfterSixtyCharacters() {
    assertThat(JsonIn.quoted("x".repeat(60))).isEqualTo("x".repeat(60));
    assertThat(JsonIn.quoted("x".repeat(61))).isEqualTo("x".repeat(60) + "...");
  }

  private static String problemWithName(String value) {
    String document =
        "{\"schemaVersion\":1,\"exercise\":{\"id\":\"e\",\"name\":" + value + ",\"kind\":\"stretch\","
            + "\"startingPosition\":\"P\",\"steps\":[{\"text\":\"x\"}]}}";
    try {
      RegimenJson.defaults().readExercise(document);
    } catch (RegimenJsonException e) {
      return e.problem();
    }
    throw new AssertionError("read " + document);
  }

  @Test
  void aValueOfTheWrongTypeIsDescribedInWords() {
    assertThat(problemWithName("12")).isEqualTo("expected a string, was a whole number (12)");
    assertThat(problemWithName("1.5e3")).isEqualTo("expected a string, was a number with a fraction or exponent (1.5e3)");
    assertThat(problemWithName("true")).isEqualTo("expected a string, was true");
    assertThat(problemWithName("false")).isEqualTo("expected a string, was false");
    assertThat(problemWithName("null")).isEqualTo("expected a string, was null");
    assertThat(problemWithName("[]")).isEqualTo("expected a string, was an array");
    assertThat(problemWithName("{}")).isEqualTo("expected a string, was an object");
  }
}
