package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is rejected with its own exact message, pointer, line and column. */
class ReadErrorsTest {
  private final RegimenJson json = RegimenJson.defaults();

  /** A valid exercise document; tests break one thing in it. */
  private static final String EXERCISE =
      """
      {
        "schemaVersion": 2,
        "exercise": {
          "id": "knee-to-chest",
          "name": "Knee to chest",
          "kind": "stretch",
          "startingPosition": "Lying on your back",
          "steps": [
            {
              "text": "Pull your knee to your chest",
              "hold": {
                "seconds": 30
              }
            }
          ]
        }
      }
      """;

  private RegimenJsonException exerciseError(String document) {
    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> json.readExercise(document));
    assertThat(e).as("reading should fail: %s", document).isNotNull();
    return e;
  }

  private RegimenJsonException protocolError(String document) {
    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> json.readProtocol(document));
    assertThat(e).as("reading should fail: %s", document).isNotNull();
    return e;
  }

  private static void assertProblem(
      RegimenJsonException e, Kind kind, String pointer, int line, int column, String problem) {
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.getMessage())
        .isEqualTo(
            (pointer.isEmpty() ? "document" : pointer)
                + ": " + problem + " (line " + line + ", column " + column + ")");
  }

  @Test
  void theBaseDocumentIsValid() {
    assertThat(json.readExercise(EXERCISE).id()).isEqualTo("knee-to-chest");
  }

  // ------------------------------------------------------------------ the model's rules

  @Test
  void aBrokenModelRuleIsReportedAtThePointerOfTheElementThatBrokeIt() {
    RegimenJsonException e = exerciseError(EXERCISE.replace("\"seconds\": 30", "\"seconds\": -5"));
    assertProblem(
        e, Kind.INVALID_VALUE, "/exercise/steps/0/hold/seconds", 12, 22, "must be from 1 to 3600, was -5");
    assertThat(e.getMessage())
        .isEqualTo("/exercise/steps/0/hold/seconds: must be from 1 to 3600, was -5 (line 12, column 22)");
    assertThat(e.expected()).isEmpty();
    assertThat(e.getCause()).isInstanceOf(dev.regimen.core.validation.ValidationException.class);
  }

  @Test
  void aRuleOfAWholeValueIsReportedAtThatValue() {
    RegimenJsonException e =
        exerciseError(EXERCISE.replace("\"seconds\": 30", "\"approximate\": true"));
    assertProblem(
        e, Kind.INVALID_VALUE, "/exercise/steps/0/hold", 11, 17, "must give seconds, breaths or the source's wording");
  }

  @Test
  void aRuleOfARangeWrittenAsANumberIsReportedAtTheNumber() {
    String document =
        "{\"schemaVersion\": 2, \"protocol\": {\"id\": \"p\", \"name\": \"T\", \"summary\": \"S\", \"entries\": [{\"exercise\":"
            + " {\"id\": \"e\", \"name\": \"E\", \"kind\": \"stretch\", \"steps\": [{\"text\": \"x\"}]}, \"dosage\": DOSAGE}]}}";
    String zero = document.replace("DOSAGE", "{\"sets\": 0}");
    assertProblem(
        protocolError(zero), Kind.INVALID_VALUE, "/protocol/entries/0/dosage/sets", 1, zero.indexOf(": 0}") + 3,
        "must be from 1 to 100, was 0");
    // one problem for one number, though the model checks both ends of the range
    String tooMany = document.replace("DOSAGE", "{\"sets\": 101}");
    RegimenJsonException e = protocolError(tooMany);
    assertProblem(e, Kind.INVALID_VALUE, "/protocol/entries/0/dosage/sets", 1, tooMany.indexOf("101") + 1,
        "must be from 1 to 100, was 101");
    assertThat(e.problems()).hasSize(1);
    String rest = document.replace("DOSAGE", "{\"restSeconds\": 3601}");
    assertProblem(protocolError(rest), Kind.INVALID_VALUE, "/protocol/entries/0/dosage/restSeconds", 1,
        rest.indexOf("3601") + 1, "must be at most 3600, was 3601");
    String negative = document.replace("DOSAGE", "{\"restSeconds\": -1}");
    assertProblem(protocolError(negative), Kind.INVALID_VALUE, "/protocol/entries/0/dosage/restSeconds", 1,
        negative.indexOf("-1") + 1, "must not be negative, was -1");
    // a range written as an object is reported at its bound, or at itself for a rule of both
    String range = document.replace("DOSAGE", "{\"sets\": {\"min\": 2, \"max\": 101}}");
    assertProblem(protocolError(range), Kind.INVALID_VALUE, "/protocol/entries/0/dosage/sets/max", 1,
        range.indexOf("101") + 1, "must be at most 100, was 101");
    String reversed = document.replace("DOSAGE", "{\"sets\": {\"min\": 3, \"max\": 2}}");
    assertProblem(protocolError(reversed), Kind.INVALID_VALUE, "/protocol/entries/0/dosage/sets", 1,
        reversed.indexOf("{\"min\"") + 1, "min 3 is greater than max 2");
  }

  @Test
  void aBodyAreaIsAStandardIdOrACustomAreaOfItsOwnId() {
    String standard = EXERCISE.replace("\"kind\": \"stretch\",", "\"kind\": \"stretch\", \"primaryTargets\": [\"lower back\"],");
    RegimenJsonException unknown = exerciseError(standard);
    assertThat(unknown.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(unknown.pointer()).isEqualTo("/exercise/primaryTargets/0");
    assertThat(unknown.problem())
        .isEqualTo(
            "'lower back' is not a standard body area; write a custom area as an object with 'id' and 'displayName',"
                + " or use a standard one: " + String.join(", ", BodyAreaCodec.standardIds()));
    String custom =
        EXERCISE.replace(
            "\"kind\": \"stretch\",",
            "\"kind\": \"stretch\", \"primaryTargets\": [{\"id\": \"shins\", \"displayName\": \"front of the leg\"}],");
    assertProblem(
        exerciseError(custom),
        Kind.INVALID_VALUE,
        "/exercise/primaryTargets/0/id",
        6,
        custom.split("\n")[5].indexOf("\"shins\"") + 1,
        "'shins' is the id of a standard area (shins); use that area rather than a custom one of the same id");
    String number = EXERCISE.replace("\"kind\": \"stretch\",", "\"kind\": \"stretch\", \"primaryTargets\": [7],");
    assertProblem(
        exerciseError(number),
        Kind.WRONG_TYPE,
        "/exercise/primaryTargets/0",
        6,
        number.split("\n")[5].indexOf("7") + 1,
        "expected a standard area's id, a string such as 'lower_back', or a custom area, an object with 'id' and"
            + " 'displayName', was a whole number (7)");
  }

  @Test
  void aRuleAboutAnAbsentPropertyIsReportedAtItsPointerAndTheObjectThatLacksIt() {
    String document =
        """
        {
          "schemaVersion": 2,
          "protocol": {
            "id": "p",
            "name": "T",
            "summary": "S",
            "entries": [
              {
                "exercise": {"id": "e", "name": "E", "kind": "stretch", "startingPosition": "P", "steps": [{"text": "x"}]},
                "dosage": {}
              }
            ],
            "advisories": [
              {"id": "a", "name": "A", "text": "T", "trigger": "pain_persists"}
            ]
          }
        }
        """;
    RegimenJsonException e = protocolError(document);
    assertProblem(
        e,
        Kind.INVALID_VALUE,
        "/protocol/advisories/0/painWeeksAtLeast",
        14,
        7,
        "is required when the trigger is pain_persists");
  }

  @Test
  void everyViolationOfAProtocolIsKeptWithItsOwnPointerAndPosition() {
    String document =
        """
        {
          "schemaVersion": 2,
          "protocol": {
            "id": "p",
            "name": "T",
            "summary": "S",
            "entries": [
              {
                "exercise": {"id": "e", "name": "E", "kind": "stretch", "startingPosition": "P", "steps": [{"text": "x"}]},
                "dosage": {}
              },
              {
                "exercise": {
                  "id": "e",
                  "name": "E2",
                  "kind": "stretch",
                  "startingPosition": "P",
                  "steps": [{"text": "x"}],
                  "contraindications": [
                    {"conditionId": "unknown-condition", "severity": "avoid", "rationale": "R"}
                  ]
                },
                "dosage": {}
              }
            ],
            "takeaways": ["fine", "  "]
          }
        }
        """;
    RegimenJsonException e = protocolError(document);
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.problems())
        .containsExactly(
            new JsonProblem("/protocol/takeaways/1", "must not be blank", 26, 27),
            new JsonProblem(
                "/protocol/entries/1/exercise/id",
                "duplicate exercise id 'e' (first at entries[0])",
                14,
                17),
            new JsonProblem(
                "/protocol/entries/1/exercise/contraindications/0/conditionId",
                "names condition 'unknown-condition', which is not among the protocol's conditions []",
                20,
                29));
    assertThat(e.pointer()).isEqualTo("/protocol/takeaways/1");
    assertThat(e.getMessage())
        .isEqualTo(
            "/protocol/takeaways/1: must not be blank (line 26, column 27); and 2 more:"
                + " /protocol/entries/1/exercise/id: duplicate exercise id 'e' (first at entries[0])"
                + " (line 14, column 17);"
                + " /protocol/entries/1/exercise/contraindications/0/conditionId: names condition"
                + " 'unknown-condition', which is not among the protocol's conditions []"
                + " (line 20, column 29)");
  }

  // ------------------------------------------------------------------ the format's rules

  @Test
  void rejectsAnUnknownProperty() {
    RegimenJsonException e =
        exerciseError(EXERCISE.replace("\"seconds\": 30", "\"seconds\": 30, \"minutes\": 1"));
    assertProblem(
        e,
        Kind.UNKNOWN_PROPERTY,
        "/exercise/steps/0/hold/minutes",
        12,
        26,
        "unknown property 'minutes'; expected one of seconds, maxSeconds, breaths, maxBreaths, orMore,"
            + " approximate, wording");
    assertThat(e.expected()).contains("one of seconds, maxSeconds, breaths, maxBreaths, orMore, approximate, wording");
  }

  @Test
  void rejectsADuplicateProperty() {
    RegimenJsonException e =
        exerciseError(EXERCISE.replace("\"kind\": \"stretch\",", "\"kind\": \"stretch\", \"kind\": \"mobility\","));
    assertProblem(e, Kind.DUPLICATE_PROPERTY, "/exercise/kind", 6, 24, "duplicate property 'kind'");
  }

  @Test
  void rejectsAMissingRequiredProperty() {
    RegimenJsonException e =
        exerciseError(EXERCISE.replace("\"name\": \"Knee to chest\",\n", ""));
    assertProblem(e, Kind.MISSING_PROPERTY, "/exercise", 3, 15, "missing required property 'name'");
    assertThat(e.expected()).contains("name");
  }

  @Test
  void namesEveryMissingRequiredPropertyOfAnObject() {
    RegimenJsonException e =
        exerciseError(EXERCISE.replace("\"text\": \"Pull your knee to your chest\",", ""));
    assertProblem(e, Kind.MISSING_PROPERTY, "/exercise/steps/0", 9, 7, "missing required property 'text'");
    RegimenJsonException both =
        protocolError("{\"schemaVersion\": 2, \"protocol\": {\"id\": \"p\", \"entries\": []}}");
    assertProblem(
        both,
        Kind.MISSING_PROPERTY,
        "/protocol",
        1,
        34,
        "missing required properties 'name', 'summary'");
  }

  @Test
  void rejectsAStringWhereANumberBelongs() {
    RegimenJsonException e = exerciseError(EXERCISE.replace("\"seconds\": 30", "\"seconds\": \"30\""));
    assertProblem(
        e, Kind.WRONG_TYPE, "/exercise/steps/0/hold/seconds", 12, 22, "expected a whole number, was a string ('30')");
    assertThat(e.expected()).contains("a whole number");
  }

  @Test
  void rejectsANumberWithAFractionWhereAWholeNumberBelongs() {
    RegimenJsonException e = exerciseError(EXERCISE.replace("\"seconds\": 30", "\"seconds\": 30.0"));
    assertProblem(
        e,
        Kind.WRONG_TYPE,
        "/exercise/steps/0/hold/seconds",
        12,
        22,
        "expected a whole number, was a number with a fraction or exponent (30.0)");
  }

  @Test
  void rejectsAWholeNumberTooLargeForTheModel() {
    RegimenJsonException e =
        exerciseError(EXERCISE.replace("\"seconds\": 30", "\"seconds\": 3000000000"));
    assertProblem(
        e,
        Kind.INVALID_VALUE,
        "/exercise/steps/0/hold/seconds",
        12,
        22,
        "must be a whole number from -2147483648 to 2147483647, was 3000000000");
  }

  @Test
  void rejectsNullForAnOptionalValue() {
    RegimenJsonException e =
        exerciseError(EXERCISE.replace("\"seconds\": 30", "\"seconds\": 30, \"wording\": null"));
    assertProblem(e, Kind.WRONG_TYPE, "/exercise/steps/0/hold/wording", 12, 37, "expected a string, was null");
  }

  @Test
  void rejectsAnObjectWhereAnArrayBelongs() {
    RegimenJsonException e =
        exerciseError(EXERCISE.replace("\"kind\": \"stretch\",", "\"kind\": \"stretch\", \"equipment\": {},"));
    assertProblem(e, Kind.WRONG_TYPE, "/exercise/equipment", 6, 37, "expected an array, was an object");
  }

  @Test
  void rejectsAStringWhereAnObjectBelongs() {
    RegimenJsonException e =
        exerciseError(EXERCISE.replaceFirst("\"hold\": \\{[^}]*}", "\"hold\": \"30 s\""));
    assertProblem(e, Kind.WRONG_TYPE, "/exercise/steps/0/hold", 11, 17, "expected an object, was a string ('30 s')");
  }

  @Test
  void rejectsAnUnknownEnumName() {
    RegimenJsonException e = exerciseError(EXERCISE.replace("\"stretch\"", "\"STRETCH\""));
    assertProblem(
        e,
        Kind.INVALID_VALUE,
        "/exercise/kind",
        6,
        13,
        "must be one of stretch, strengthening, mobility, aerobic, balance, plyometric, powerlifting,"
            + " olympic_weightlifting, strongman, breathing, self_massage, was 'STRETCH'");
    assertThat(e.expected()).contains(Enums.EXERCISE_KINDS.expected());
  }

  @Test
  void rejectsASegmentThatDoesNotExist() {
    RegimenJsonException e =
        protocolError(
            "{\"schemaVersion\": 2, \"protocol\": {\"id\": \"p\", \"targetSegments\": [\"L5-S1\", \"S1-S2\"]}}");
    assertProblem(
        e,
        Kind.INVALID_VALUE,
        "/protocol/targetSegments/1",
        1,
        74,
        "'S1-S2' lies inside the fused sacrum (S1 to S5), which has no movable segments; the"
            + " segments next to it are L5-S1 and S5-Co1");
  }

  @Test
  void rejectsASegmentNotWrittenInItsCanonicalForm() {
    RegimenJsonException e =
        protocolError("{\"schemaVersion\": 2, \"protocol\": {\"id\": \"p\", \"targetSegments\": [\"l5-s1\"]}}");
    assertProblem(
        e, Kind.INVALID_VALUE, "/protocol/targetSegments/0", 1, 65, "must be written 'L5-S1', was 'l5-s1'");
  }

  @Test
  void rejectsALinkThatIsNotAUri() {
    RegimenJsonException e =
        protocolError(
            "{\"schemaVersion\": 2, \"protocol\": {\"sources\": [{\"id\": \"s\", \"name\": \"T\", \"link\": \"http://a b\"}]}}");
    assertProblem(
        e,
        Kind.INVALID_VALUE,
        "/protocol/sources/0/link",
        1,
        80,
        "must be a URI: Illegal character in authority at index 7: http://a b");
  }

  // ------------------------------------------------------------------ the document

  @Test
  void rejectsADocumentThatIsNotAnObject() {
    assertProblem(exerciseError("[]"), Kind.WRONG_TYPE, "", 1, 1, "expected an object, was an array");
  }

  @Test
  void rejectsAnEmptyDocument() {
    assertProblem(exerciseError(""), Kind.MALFORMED, "", 1, 1, "the document is empty; expected a JSON object");
    assertProblem(exerciseError("  \n "), Kind.MALFORMED, "", 2, 2, "the document is empty; expected a JSON object");
  }

  @Test
  void rejectsADocumentWithoutSchemaVersion() {
    // a missing property is reported at the object that lacks it, as in the document's value
    assertProblem(exerciseError("{}"), Kind.MISSING_PROPERTY, "", 1, 1, "missing required property 'schemaVersion'");
    assertProblem(
        exerciseError("{\"exercise\": {}}"), Kind.MISSING_PROPERTY, "", 1, 1, "missing required property 'schemaVersion'");
  }

  @Test
  void rejectsASchemaVersionThisLibraryCannotRead() {
    RegimenJsonException newer = exerciseError(EXERCISE.replace("\"schemaVersion\": 2", "\"schemaVersion\": 3"));
    assertProblem(
        newer,
        Kind.UNSUPPORTED_VERSION,
        "/schemaVersion",
        2,
        20,
        "unsupported schemaVersion 3; this version of Regimen reads schemaVersion 1 to 2 (a newer Regimen wrote"
            + " this document: read it with that version)");
    assertThat(newer.expected()).contains("schemaVersion 1 to 2");
    RegimenJsonException zero = exerciseError(EXERCISE.replace("\"schemaVersion\": 2", "\"schemaVersion\": 0"));
    assertProblem(
        zero,
        Kind.UNSUPPORTED_VERSION,
        "/schemaVersion",
        2,
        20,
        "unsupported schemaVersion 0; this version of Regimen reads schemaVersion 1 to 2");
  }

  @Test
  void rejectsASchemaVersionThatIsNotANumber() {
    RegimenJsonException e = exerciseError(EXERCISE.replace("\"schemaVersion\": 2", "\"schemaVersion\": \"2\""));
    assertProblem(e, Kind.WRONG_TYPE, "/schemaVersion", 2, 20, "expected a whole number, was a string ('2')");
  }

  @Test
  void rejectsAnExerciseDocumentReadAsAProtocol() {
    RegimenJsonException e = protocolError(EXERCISE);
    assertProblem(
        e,
        Kind.UNKNOWN_PROPERTY,
        "/exercise",
        3,
        3,
        "this is an exercise document; expected a protocol document, with the protocol under 'protocol'");
  }

  @Test
  void rejectsADocumentWithoutItsValue() {
    assertProblem(
        exerciseError("{\"schemaVersion\": 2}"), Kind.MISSING_PROPERTY, "", 1, 1, "missing required property 'exercise'");
  }

  @Test
  void rejectsAnotherPropertyBesideTheDocumentsValue() {
    RegimenJsonException e = exerciseError(EXERCISE.replace("\n  }\n}", "\n  },\n  \"comment\": \"mine\"\n}"));
    assertProblem(
        e,
        Kind.UNKNOWN_PROPERTY,
        "/comment",
        17,
        3,
        "unknown property 'comment'; an exercise document holds only 'schemaVersion' and 'exercise'");
  }

  @Test
  void rejectsContentAfterTheDocument() {
    assertProblem(
        exerciseError(EXERCISE + "{}"), Kind.TRAILING_CONTENT, "", 18, 1, "unexpected content after the end of the document");
    assertProblem(
        exerciseError(EXERCISE + "  x"),
        Kind.TRAILING_CONTENT,
        "",
        18,
        3,
        "unexpected content after the end of the document");
  }

  @Test
  void acceptsWhitespaceAfterTheDocument() {
    assertThat(json.readExercise(EXERCISE + "\n\n   \t\n").id()).isEqualTo("knee-to-chest");
  }

  // ------------------------------------------------------------------ malformed JSON

  @Test
  void rejectsMalformedJson() {
    RegimenJsonException e = exerciseError(EXERCISE.replace("\"kind\": \"stretch\",", "\"kind\": ,"));
    assertProblem(
        e,
        Kind.MALFORMED,
        "/exercise/kind",
        6,
        13,
        "malformed JSON: unexpected character (',' (code 44)): expected a valid value (JSON String,"
            + " Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void rejectsATruncatedDocument() {
    RegimenJsonException e = exerciseError(EXERCISE.substring(0, EXERCISE.indexOf("\"Pull") + 8));
    assertProblem(
        e,
        Kind.MALFORMED,
        "/exercise/steps/0/text",
        10,
        25, // the end of the input
        "malformed JSON: unexpected end-of-input: was expecting closing quote for a string value");
    RegimenJsonException atAnObject = exerciseError(EXERCISE.substring(0, EXERCISE.indexOf("\"steps\"")));
    // the input ends after startingPosition, the last element read
    assertProblem(
        atAnObject,
        Kind.MALFORMED,
        "/exercise/startingPosition",
        8,
        5,
        "malformed JSON: unexpected end-of-input within/between Object entries");
  }

  @Test
  void rejectsBytesThatAreNotUtf8() {
    byte[] bytes = EXERCISE.replace("Knee to chest", "Knee to chest X").getBytes(StandardCharsets.UTF_8);
    int x = EXERCISE.indexOf("Knee to chest") + "Knee to chest ".length();
    bytes[x] = (byte) 0xFF;
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> json.readExercise(bytes));
    // the byte itself, at its offset, line and column, in the element it is in
    assertProblem(
        e, Kind.MALFORMED, "/exercise/name", 5, 28, "malformed UTF-8 at byte offset " + x + ": byte FF never occurs in UTF-8");
  }
}
