package dev.regimen.formats.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The golden files Regimen wrote in format version 1, kept unchanged under {@code golden/v1/} as
 * regression inputs: every later reader must read them and upgrade them as the evolution policy
 * says (see {@code docs/format/json.md}).
 */
final class V1Goldens {
  /** The L5-S1 protocol as version 1 wrote it. */
  static final String PROTOCOL = "golden/v1/l5-s1-relief.json";

  /** Its screening for a herniated disc with disc material extruded onto the nerve, six weeks of pain. */
  static final String SCREENING = "golden/v1/l5-s1-relief.screening.extruded-disc.json";

  /**
   * Its session plan as version 1 wrote it (written by the reader's last version 1 release, commit
   * 4e42e5d, which writes {@link #PROTOCOL} byte for byte): every step in every repetition.
   */
  static final String PLAN = "golden/v1/l5-s1-relief.session.json";

  /** Every version 1 golden file. */
  static final List<String> NAMES = List.of(PROTOCOL, SCREENING, PLAN);

  private V1Goldens() {}

  /**
   * {@return the text of a golden file, a test resource}
   *
   * @param name its resource name, such as {@link #PROTOCOL}
   * @throws IOException if it cannot be read
   */
  static String text(String name) throws IOException {
    try (InputStream in = V1Goldens.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
