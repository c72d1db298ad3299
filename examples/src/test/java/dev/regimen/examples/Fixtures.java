package dev.regimen.examples;

/** Small hand-written Regimen JSON documents for the tests. */
public final class Fixtures {
  /** A valid protocol document with one exercise, its dosage a 5-second hold. */
  public static final String TINY_PROTOCOL =
      """
      {
        "schemaVersion": 1,
        "protocol": {
          "id": "tiny",
          "title": "Tiny",
          "summary": "A tiny routine.",
          "entries": [
            {
              "exercise": {
                "id": "cat-cow",
                "name": "Cat-Cow",
                "kind": "mobility",
                "startingPosition": "On your hands and knees.",
                "steps": [{"text": "Breathe."}]
              },
              "dosage": {"hold": {"seconds": 5}}
            }
          ]
        }
      }
      """;

  /** {@link #TINY_PROTOCOL} with a hold of -5 seconds. */
  public static final String NEGATIVE_HOLD = TINY_PROTOCOL.replace("\"seconds\": 5", "\"seconds\": -5");

  /** The JSON Pointer of the bad hold in {@link #NEGATIVE_HOLD}. */
  public static final String NEGATIVE_HOLD_POINTER = "/protocol/entries/0/dosage/hold/seconds";

  /** A valid exercise document. */
  public static final String TINY_EXERCISE =
      """
      {
        "schemaVersion": 1,
        "exercise": {
          "id": "cat-cow",
          "name": "Cat-Cow",
          "kind": "mobility",
          "startingPosition": "On your hands and knees.",
          "steps": [{"text": "Breathe."}]
        }
      }
      """;

  private Fixtures() {}

  /**
   * The position of the first occurrence of {@code token} in {@code text}, counted from 1 as an
   * editor counts it.
   *
   * @param text the text
   * @param token what to find
   * @return {line, column}
   */
  public static int[] positionOf(String text, String token) {
    int at = text.indexOf(token);
    if (at < 0) {
      throw new IllegalArgumentException("not found: " + token);
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }
}
