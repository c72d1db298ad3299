package dev.regimen.core.anatomy;

import java.util.Locale;

/** Body areas and muscle groups that an exercise targets or where a person feels it. */
public enum BodyArea {
  /** The neck. */
  NECK("neck"),
  /** The shoulders. */
  SHOULDERS("shoulders"),
  /** The chest. */
  CHEST("chest"),
  /** The upper back. */
  UPPER_BACK("upper back"),
  /** The lower back. */
  LOWER_BACK("lower back"),
  /** The core: the deep trunk muscles that stabilise the spine. */
  CORE("core"),
  /** The abdominal muscles at the front (the "six-pack"). */
  ABDOMINALS("abdominals"),
  /** The hips. */
  HIPS("hips"),
  /** The hip flexors at the front of the hip. */
  HIP_FLEXORS("hip flexors"),
  /** The glutes (buttocks). */
  GLUTES("glutes"),
  /** The groin. */
  GROIN("groin"),
  /** The adductors (inner thigh). */
  ADDUCTORS("adductors"),
  /** The hamstrings (back of the thigh). */
  HAMSTRINGS("hamstrings"),
  /** The quadriceps (front of the thigh). */
  QUADRICEPS("quadriceps"),
  /** The calves. */
  CALVES("calves");

  private final String displayName;

  BodyArea(String displayName) {
    this.displayName = displayName;
  }

  /** {@return the everyday name, such as "lower back"} */
  public String displayName() {
    return displayName;
  }

  /** {@return the lowercase id, such as {@code lower_back}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
