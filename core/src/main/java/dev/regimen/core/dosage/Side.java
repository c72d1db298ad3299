package dev.regimen.core.dosage;

import java.util.Locale;

/** A side of the body. */
public enum Side {
  /** The left side. */
  LEFT,
  /** The right side. */
  RIGHT;

  /** {@return the other side} */
  public Side opposite() {
    return this == LEFT ? RIGHT : LEFT;
  }

  /** {@return the lowercase name, such as "left"} */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
