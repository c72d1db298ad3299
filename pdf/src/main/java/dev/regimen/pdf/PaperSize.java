package dev.regimen.pdf;

/** The paper a handout is laid out for. */
public enum PaperSize {
  /** ISO A4, 210 mm by 297 mm: the default, and the paper of most of the world. */
  A4("210mm 297mm", 210.0, 297.0),
  /** US Letter, 8.5 in by 11 in (215.9 mm by 279.4 mm), the paper of North America. */
  US_LETTER("8.5in 11in", 215.9, 279.4);

  private final String cssSize;
  private final double widthMillimetres;
  private final double heightMillimetres;

  PaperSize(String cssSize, double widthMillimetres, double heightMillimetres) {
    this.cssSize = cssSize;
    this.widthMillimetres = widthMillimetres;
    this.heightMillimetres = heightMillimetres;
  }

  /** {@return the width of the paper in millimetres, in portrait} */
  public double widthMillimetres() {
    return widthMillimetres;
  }

  /** {@return the height of the paper in millimetres, in portrait} */
  public double heightMillimetres() {
    return heightMillimetres;
  }

  /** {@return the value of a CSS {@code @page} rule's {@code size} for this paper} */
  String cssSize() {
    return cssSize;
  }
}
