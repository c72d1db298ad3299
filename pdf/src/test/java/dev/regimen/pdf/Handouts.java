package dev.regimen.pdf;

/** Small handouts written for one test each. */
final class Handouts {
  private Handouts() {}

  /** {@return a minimal valid handout with this head content and body content} */
  static String of(String head, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
        + "<head><title>A handout</title>"
        + head
        + "</head>\n<body><h1>A handout</h1><p>Stop if it hurts.</p>\n"
        + body
        + "\n</body>\n</html>\n";
  }

  /** {@return a minimal valid handout with this body content} */
  static String body(String body) {
    return of("", body);
  }
}
