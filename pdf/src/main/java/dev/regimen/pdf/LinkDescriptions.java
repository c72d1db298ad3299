package dev.regimen.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.w3c.dom.Document;

/**
 * Gives every link annotation of a handout its alternative description, which PDF/UA-1 asks of
 * every link (7.18.5: the annotation's {@code Contents}) and openhtmltopdf 1.1.31 does not write:
 * "Link to" and the address it opens, in the handout's language where it is Spanish ("Enlace a"),
 * else in English. The words are those of {@code LinkDescriptions_<language>.properties}. A link
 * that has a description keeps it. Stateless.
 */
final class LinkDescriptions {
  private LinkDescriptions() {}

  /** {@return whether the handout has a link, so that its PDF needs this pass} */
  static boolean needed(Document document) {
    return document.getElementsByTagNameNS("*", "a").getLength() > 0
        || document.getElementsByTagName("a").getLength() > 0;
  }

  /**
   * {@return the PDF with a description on every link annotation}
   *
   * @param pdf the PDF openhtmltopdf (or {@link ColumnPages}) wrote
   * @throws IOException if the PDF cannot be read back or written
   */
  static byte[] describe(byte[] pdf) throws IOException {
    return describe(pdf, "en");
  }

  /**
   * {@return the PDF with a description on every link annotation, in a language}
   *
   * @param pdf the PDF openhtmltopdf (or {@link ColumnPages}) wrote
   * @param language the handout's language, a BCP 47 tag: Spanish ({@code es}, {@code es-MX})
   *     describes links in Spanish, any other in English
   * @throws IOException if the PDF cannot be read back or written
   */
  static byte[] describe(byte[] pdf, String language) throws IOException {
    ResourceBundle words = words(language);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      boolean changed = false;
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && (link.getContents() == null || link.getContents().isBlank())) {
            link.setContents(description(link, words));
            changed = true;
          }
        }
      }
      if (!changed) {
        return pdf;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
      document.save(out);
      return out.toByteArray();
    }
  }

  private static String description(PDAnnotationLink link, ResourceBundle words) {
    PDAction action = link.getAction();
    if (action instanceof PDActionURI uri && uri.getURI() != null && !uri.getURI().isBlank()) {
      return words.getString("linkTo").replace("{address}", uri.getURI());
    }
    return words.getString("link");
  }

  /** {@return the words of the language's bundle: Spanish for es, else English} */
  static ResourceBundle words(String language) {
    String primary = language.toLowerCase(Locale.ROOT);
    int dash = primary.indexOf('-');
    primary = dash < 0 ? primary : primary.substring(0, dash);
    Locale locale = Locale.forLanguageTag(primary.equals("es") ? "es" : "en");
    return ResourceBundle.getBundle(
        "dev.regimen.pdf.LinkDescriptions", locale, LinkDescriptions.class.getModule());
  }
}
