package dev.regimen.pdf;

/**
 * Thrown when a handout cannot be made into a PDF: its XHTML is not well-formed or not XHTML, it
 * lacks what an accessible PDF needs (a title, a language, alternative text for a picture), a
 * picture cannot be had from the {@link ImageResolver} or is not an image the renderer can embed,
 * the handout refers to something it may not load (a stylesheet or a font from outside), or the
 * renderer fails. Nothing is written when it is thrown: no partial PDF reaches a stream or a file.
 *
 * <p>The message says what is wrong and, for bad XHTML, where (line and column).
 */
public final class PdfHandoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what is wrong
   */
  PdfHandoutException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what is wrong
   * @param cause the failure underneath
   */
  PdfHandoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
