package dev.regimen.core.anatomy;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body area or muscle group that an exercise targets or where a person feels it: an id and the
 * everyday name shown to people. Immutable and thread-safe.
 *
 * <p>The vocabulary is open: the {@linkplain #standard() standard areas} (the constants of this
 * class, such as {@link #LOWER_BACK} or {@link #BICEPS}) cover the muscles and regions that
 * exercise descriptions commonly name, and {@link #custom(String, String)} defines any other
 * without forking the library.
 *
 * <p>Rules: the id lowercase words joined by single underscores ({@code lower_back}, {@code
 * tibialis_anterior}), the display name not blank; a custom area may not take the id of a standard
 * one (use the constant instead), so that an id always means one thing.
 */
@Value.Immutable
public abstract class BodyArea {
  /** The rule of an area's id. */
  public static final String ID_RULE =
      "must be lowercase words (letters a-z and digits) joined by single underscores, such as"
          + " 'lower_back'";

  /** The neck. */
  public static final BodyArea NECK = standard("neck", "neck");
  /** The shoulders. */
  public static final BodyArea SHOULDERS = standard("shoulders", "shoulders");
  /** The chest. */
  public static final BodyArea CHEST = standard("chest", "chest");
  /** The upper back. */
  public static final BodyArea UPPER_BACK = standard("upper_back", "upper back");
  /** The middle of the back, between the shoulder blades (rhomboids, middle trapezius). */
  public static final BodyArea MIDDLE_BACK = standard("middle_back", "middle back");
  /** The lower back. */
  public static final BodyArea LOWER_BACK = standard("lower_back", "lower back");
  /** The lats (latissimus dorsi), the broad muscles at the sides of the back. */
  public static final BodyArea LATS = standard("lats", "lats");
  /** The traps (trapezius), from the neck to the shoulders and upper back. */
  public static final BodyArea TRAPS = standard("traps", "traps");
  /** The biceps, at the front of the upper arm. */
  public static final BodyArea BICEPS = standard("biceps", "biceps");
  /** The triceps, at the back of the upper arm. */
  public static final BodyArea TRICEPS = standard("triceps", "triceps");
  /** The forearms. */
  public static final BodyArea FOREARMS = standard("forearms", "forearms");
  /** The wrists and hands. */
  public static final BodyArea WRISTS_AND_HANDS = standard("wrists_and_hands", "wrists and hands");
  /** The core: the deep trunk muscles that stabilise the spine. */
  public static final BodyArea CORE = standard("core", "core");
  /** The abdominal muscles at the front (the "six-pack"). */
  public static final BodyArea ABDOMINALS = standard("abdominals", "abdominals");
  /** The obliques, at the sides of the waist. */
  public static final BodyArea OBLIQUES = standard("obliques", "obliques");
  /** The hips. */
  public static final BodyArea HIPS = standard("hips", "hips");
  /** The hip flexors at the front of the hip. */
  public static final BodyArea HIP_FLEXORS = standard("hip_flexors", "hip flexors");
  /** The glutes (buttocks). */
  public static final BodyArea GLUTES = standard("glutes", "glutes");
  /** The abductors (outer hip and thigh). */
  public static final BodyArea ABDUCTORS = standard("abductors", "abductors");
  /** The adductors (inner thigh). */
  public static final BodyArea ADDUCTORS = standard("adductors", "adductors");
  /** The groin. */
  public static final BodyArea GROIN = standard("groin", "groin");
  /** The hamstrings (back of the thigh). */
  public static final BodyArea HAMSTRINGS = standard("hamstrings", "hamstrings");
  /** The quadriceps (front of the thigh). */
  public static final BodyArea QUADRICEPS = standard("quadriceps", "quadriceps");
  /** The knees. */
  public static final BodyArea KNEES = standard("knees", "knees");
  /** The calves. */
  public static final BodyArea CALVES = standard("calves", "calves");
  /** The shins (the front of the lower leg). */
  public static final BodyArea SHINS = standard("shins", "shins");
  /** The ankles and feet. */
  public static final BodyArea ANKLES_AND_FEET = standard("ankles_and_feet", "ankles and feet");

  /** The standard areas by id, in the order of the constants above. */
  private static final Map<String, BodyArea> STANDARD = byId();

  BodyArea() {}

  /** {@return the id, such as {@code lower_back}} */
  public abstract String id();

  /** {@return the everyday name shown to people, such as "lower back"} */
  public abstract String displayName();

  /**
   * {@return whether this is one of the {@linkplain #standard() standard areas}, the constants of
   * this class, rather than a {@linkplain #custom(String, String) custom} one}
   */
  @Value.Auxiliary
  @Value.Default
  public boolean isStandard() {
    return false;
  }

  /** {@return every standard area, in a fixed order: from the neck down} */
  public static List<BodyArea> standard() {
    return List.copyOf(STANDARD.values());
  }

  /**
   * Finds a standard area by its id.
   *
   * @param id the id, such as {@code lower_back}
   * @return the area, or empty when no standard area has that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<BodyArea> standard(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(STANDARD.get(id));
  }

  /**
   * Defines an area that is not among the standard ones, such as {@code custom("tibialis_anterior",
   * "front of the shin muscle")}.
   *
   * @param id the id, lowercase words joined by underscores, not a standard area's id
   * @param displayName the everyday name, not blank
   * @return the area
   * @throws ValidationException if the id breaks its rule or is a standard area's, or the name is
   *     blank
   * @throws NullPointerException if an argument is null
   */
  public static BodyArea custom(String id, String displayName) {
    return new Builder().id(id).displayName(displayName).build();
  }

  /**
   * Whether a text follows the rule of an area's id, {@link #ID_RULE}.
   *
   * @param id the text
   * @return whether it is a valid id
   * @throws NullPointerException if {@code id} is null
   */
  public static boolean isValidId(String id) {
    Objects.requireNonNull(id, "id");
    int n = id.length();
    if (n == 0) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = 0; i < n; i++) {
      char ch = id.charAt(i);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        afterSeparator = false;
      } else if (ch == '_' && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  /** {@return the id in a short description for logs, such as {@code BodyArea[lower_back]}} */
  @Override
  public String toString() {
    return "BodyArea[" + id() + "]";
  }

  private static BodyArea standard(String id, String displayName) {
    return new Builder().id(id).displayName(displayName).isStandard(true).build();
  }

  private static Map<String, BodyArea> byId() {
    Map<String, BodyArea> byId = new LinkedHashMap<>();
    for (BodyArea area :
        List.of(
            NECK, SHOULDERS, CHEST, UPPER_BACK, MIDDLE_BACK, LOWER_BACK, LATS, TRAPS, BICEPS,
            TRICEPS, FOREARMS, WRISTS_AND_HANDS, CORE, ABDOMINALS, OBLIQUES, HIPS, HIP_FLEXORS,
            GLUTES, ABDUCTORS, ADDUCTORS, GROIN, HAMSTRINGS, QUADRICEPS, KNEES, CALVES, SHINS,
            ANKLES_AND_FEET)) {
      byId.put(area.id(), area);
    }
    return byId;
  }

  /** Builds a custom area; {@code build()} throws {@link ValidationException} on a broken rule. */
  static final class Builder extends ImmutableBodyArea.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("body area");
    if (!isValidId(id())) {
      c.fail("id", ID_RULE + ", was '" + id() + "'");
    }
    c.notBlank("displayName", displayName());
    // STANDARD is null while the constants themselves are being made
    if (!isStandard() && STANDARD != null && STANDARD.containsKey(id())) {
      c.fail(
          "id",
          "'" + id() + "' is the id of a standard area (" + STANDARD.get(id()).displayName()
              + "); use that area rather than a custom one of the same id");
    }
    c.throwIfAny();
  }
}
