package dev.regimen.core.safety;

/** How strongly a contraindication counts against doing an exercise. */
public enum Severity {
  /** Do not do the exercise. */
  AVOID("Avoid"),
  /** Do the exercise only with care, ideally after asking a professional. */
  CAUTION("Caution");

  private final String displayName;

  Severity(String displayName) {
    this.displayName = displayName;
  }

  /** {@return the severity in words, such as "Avoid"} */
  public String displayName() {
    return displayName;
  }
}
