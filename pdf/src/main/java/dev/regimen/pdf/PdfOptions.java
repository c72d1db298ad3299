package dev.regimen.pdf;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a handout is made into a PDF: the paper, large print, the document's language and its
 * title, subject and author, and where its pictures come from. Start from {@link #defaults()} and
 * change what you need with the {@code with} methods, each of which returns a new, checked copy.
 *
 * <pre>{@code
 * PdfOptions options = PdfOptions.defaults()
 *     .withPaper(PaperSize.US_LETTER)
 *     .withLargePrint(true)
 *     .withLanguage(Locale.forLanguageTag("es"))
 *     .withTitle("Estiramientos para L5-S1");
 * }</pre>
 *
 * <p>The language, title, subject and author, when given here, replace what the XHTML says (its
 * {@code html} element's {@code lang}, its {@code title} and its {@code meta} elements named
 * {@code subject} and {@code author}); when not given, the XHTML's own are used. An accessible PDF
 * needs a language and a title: a handout that has neither here nor in its XHTML is refused.
 *
 * <p>Immutable and thread-safe (if its {@link ImageResolver} is).
 */
public final class PdfOptions {
  /** The most characters a title, a subject or an author may have. */
  public static final int MAX_TEXT_LENGTH = 1000;

  private static final PdfOptions DEFAULTS =
      new PdfOptions(PaperSize.A4, false, null, null, null, null, ImageResolver.none());

  private final PaperSize paper;
  private final boolean largePrint;
  private final Locale language;
  private final String title;
  private final String subject;
  private final String author;
  private final ImageResolver images;

  private PdfOptions(
      PaperSize paper,
      boolean largePrint,
      Locale language,
      String title,
      String subject,
      String author,
      ImageResolver images) {
    this.paper = paper;
    this.largePrint = largePrint;
    this.language = language;
    this.title = title;
    this.subject = subject;
    this.author = author;
    this.images = images;
  }

  /**
   * {@return the defaults}: A4, regular print, the XHTML's own language, title, subject and author,
   * and no pictures ({@link ImageResolver#none()})
   */
  public static PdfOptions defaults() {
    return DEFAULTS;
  }

  /** {@return the paper the handout is laid out for} */
  public PaperSize paper() {
    return paper;
  }

  /**
   * {@return whether the handout is set in large print}: all text at least 14 pt, headings larger
   */
  public boolean largePrint() {
    return largePrint;
  }

  /** {@return the document's language, when it replaces the XHTML's} */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /** {@return the document's title, when it replaces the XHTML's} */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** {@return the document's subject (its description), when it replaces the XHTML's} */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /** {@return the document's author, when it replaces the XHTML's} */
  public Optional<String> author() {
    return Optional.ofNullable(author);
  }

  /** {@return where the handout's pictures come from} */
  public ImageResolver images() {
    return images;
  }

  /**
   * Returns a copy laid out for another paper.
   *
   * @param paper the paper
   * @return a copy with {@code paper}
   * @throws NullPointerException if {@code paper} is null
   */
  public PdfOptions withPaper(PaperSize paper) {
    Objects.requireNonNull(paper, "paper");
    return new PdfOptions(paper, largePrint, language, title, subject, author, images);
  }

  /**
   * Returns a copy in large print or regular print. Large print sets all text at 14 pt, headings
   * at 16 to 22 pt, whatever sizes the XHTML's stylesheet gives.
   *
   * @param largePrint whether to set the handout in large print
   * @return a copy with {@code largePrint}
   */
  public PdfOptions withLargePrint(boolean largePrint) {
    return new PdfOptions(paper, largePrint, language, title, subject, author, images);
  }

  /**
   * Returns a copy in another language: the PDF's document language, which screen readers use to
   * pronounce its text, and the XHTML's {@code lang}.
   *
   * @param language the language, such as {@code Locale.forLanguageTag("es")}
   * @return a copy with {@code language}
   * @throws NullPointerException if {@code language} is null
   * @throws IllegalArgumentException if {@code language} names no language ({@link Locale#ROOT},
   *     or a locale with only a country)
   */
  public PdfOptions withLanguage(Locale language) {
    Objects.requireNonNull(language, "language");
    if (language.getLanguage().isEmpty()) {
      throw new IllegalArgumentException(
          "language: names no language, was '" + language.toLanguageTag() + "'");
    }
    try {
      new Locale.Builder().setLanguageTag(language.toLanguageTag());
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "language: is not a well-formed language tag, was '" + language + "'", e);
    }
    return new PdfOptions(paper, largePrint, language, title, subject, author, images);
  }

  /**
   * Returns a copy with another title, shown in a PDF viewer's title bar.
   *
   * @param title the title
   * @return a copy with {@code title}
   * @throws NullPointerException if {@code title} is null
   * @throws IllegalArgumentException if {@code title} is blank, longer than {@value
   *     #MAX_TEXT_LENGTH} characters or has a control character
   */
  public PdfOptions withTitle(String title) {
    return new PdfOptions(
        paper, largePrint, language, checkText("title", title), subject, author, images);
  }

  /**
   * Returns a copy with another subject: what the handout is about, in a sentence.
   *
   * @param subject the subject
   * @return a copy with {@code subject}
   * @throws NullPointerException if {@code subject} is null
   * @throws IllegalArgumentException if {@code subject} is blank, longer than {@value
   *     #MAX_TEXT_LENGTH} characters or has a control character
   */
  public PdfOptions withSubject(String subject) {
    return new PdfOptions(
        paper, largePrint, language, title, checkText("subject", subject), author, images);
  }

  /**
   * Returns a copy with another author: who made the handout, such as a clinic.
   *
   * @param author the author
   * @return a copy with {@code author}
   * @throws NullPointerException if {@code author} is null
   * @throws IllegalArgumentException if {@code author} is blank, longer than {@value
   *     #MAX_TEXT_LENGTH} characters or has a control character
   */
  public PdfOptions withAuthor(String author) {
    return new PdfOptions(
        paper, largePrint, language, title, subject, checkText("author", author), images);
  }

  /**
   * Returns a copy that takes the handout's pictures from another resolver.
   *
   * @param images where the pictures come from
   * @return a copy with {@code images}
   * @throws NullPointerException if {@code images} is null
   */
  public PdfOptions withImages(ImageResolver images) {
    Objects.requireNonNull(images, "images");
    return new PdfOptions(paper, largePrint, language, title, subject, author, images);
  }

  private static String checkText(String field, String text) {
    Objects.requireNonNull(text, field);
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank, was '" + text + "'");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          field + ": must have at most " + MAX_TEXT_LENGTH + " characters, had " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        throw new IllegalArgumentException(
            field
                + ": must not contain a control character, had U+"
                + String.format(Locale.ROOT, "%04X", (int) text.charAt(i))
                + " at index "
                + i);
      }
    }
    return text.strip();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PdfOptions)) {
      return false;
    }
    PdfOptions that = (PdfOptions) other;
    return paper == that.paper
        && largePrint == that.largePrint
        && Objects.equals(language, that.language)
        && Objects.equals(title, that.title)
        && Objects.equals(subject, that.subject)
        && Objects.equals(author, that.author)
        && images.equals(that.images);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paper, largePrint, language, title, subject, author, images);
  }

  @Override
  public String toString() {
    return "PdfOptions{paper="
        + paper
        + ", largePrint="
        + largePrint
        + (language == null ? "" : ", language=" + language.toLanguageTag())
        + (title == null ? "" : ", title=" + title)
        + (subject == null ? "" : ", subject=" + subject)
        + (author == null ? "" : ", author=" + author)
        + ", images="
        + images
        + "}";
  }
}
