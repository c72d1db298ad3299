package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.json.RegimenJsonException;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * One protocol whose every text carries terminal escape sequences, carriage returns, C1 controls,
 * bidirectional overrides, zero-width characters, Markdown and HTML, printed in every format the
 * library has: the text sheet, the Markdown sheet and JSON (pretty and compact, as text and as
 * UTF-8). None lets a control or format character through raw; JSON escapes them and reads back
 * the very same text; the library's error messages escape what they quote from a document. The
 * caller's text in a sheet's header (patient, clinician, clinic) is as hostile, and fares the same
 * in the text, Markdown and HTML sheets.
 * ({@code SheetPropertyTest} and {@code MarkdownSheetTest} cover the sheets over generated
 * protocols; this puts every format side by side on the bundled one.)
 */
class HostileTextInEveryFormatTest {
  private static final String NASTY =
      "\u001B[2J\u001B[31mRED\u001B[0m \u001B]8;;https://evil.example\u001B\\click\u001B]8;;\u001B\\ "
          + "over\rwritten \u009B31m \u007F \u0000 \u202Eesrever\u202C \u2066iso\u2069 zero\u200Bwidth "
          + "<script>alert(1)</script> <img src=x onerror=alert(1)> &amp; # head *em* `code` [x](javascript:alert(1)) | pipe";

  private static final Protocol HOSTILE = ProtocolTexts.map(Catalog.l5s1Relief(), text -> text + " " + NASTY);

  @Test
  void jsonEscapesEveryControlAndFormatCharacterAndReadsBackTheSameText() throws IOException {
    for (RegimenJson json : List.of(RegimenJson.defaults(), RegimenJson.builder().compact().build())) {
      String text = json.writeProtocol(HOSTILE);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      json.writeProtocol(HOSTILE, bytes);

      for (String written : List.of(text, bytes.toString(StandardCharsets.UTF_8))) {
        assertThat(firstUnsafe(written)).as("an unescaped control or format character in %s", json).isEqualTo(-1);
        assertThat(written)
            .contains("\\u001B[2J", "\\rwritten", "\\u009B31m", "\\u007F", "\\u0000", "\\u202Eesrever", "\\u200B")
            .contains("<script>alert(1)</script>", "[x](javascript:alert(1))"); // JSON text, not markup
      }
      assertThat(json.readProtocol(text)).isEqualTo(HOSTILE);
      assertThat(json.readProtocol(bytes.toByteArray())).isEqualTo(HOSTILE);
      assertThat(json.readProtocol(text).name()).isEqualTo(Catalog.l5s1Relief().name() + " " + NASTY);
    }
  }

  @Test
  void theSheetsShowTheTextWithoutAnyControlOrFormatCharacter() {
    for (boolean ascii : new boolean[] {false, true}) {
      SheetOptions options = SheetOptions.builder().asciiOnly(ascii).build();
      for (String sheet : List.of(TextSheet.of(options).render(HOSTILE), MarkdownSheet.of(options).render(HOSTILE))) {
        assertThat(firstUnsafe(sheet)).as("a control or format character in a sheet").isEqualTo(-1);
        assertThat(sheet).contains("esrever").contains("RED");
      }
    }
    List<String> markup = new ArrayList<>();
    SheetReading.parse(MarkdownSheet.defaults().render(HOSTILE))
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(HtmlInline n) {
                markup.add("HTML " + n.getLiteral());
              }

              @Override
              public void visit(HtmlBlock n) {
                markup.add("HTML block " + n.getLiteral());
              }

              @Override
              public void visit(Link n) {
                if (!n.getDestination().startsWith("https://") && !n.getDestination().startsWith("http://")) {
                  markup.add("link to " + n.getDestination());
                }
              }
            });
    assertThat(markup).as("HTML or a link that is not to the web, made from protocol text").isEmpty();
  }

  /** The caller's text for the sheet's header, as hostile as the protocol's; an address with an override. */
  private static final Personalisation HOSTILE_PERSON =
      Personalisation.builder()
          .patientName("Jane " + NASTY)
          .clinician("Dr " + NASTY)
          .clinicContact("Call " + NASTY)
          .dateGiven(LocalDate.of(2026, 12, 2))
          .reviewDate(LocalDate.of(2026, 12, 24))
          .qrTarget(URI.create("https://clinic.example/\u202Eesrever?<x>=1".replace("<x>", "%3Cx%3E")))
          .build();

  @Test
  void theHeaderShowsTheCallersTextWithoutAnyControlOrFormatCharacterOrMarkup() throws Exception {
    for (boolean ascii : new boolean[] {false, true}) {
      SheetOptions options =
          SheetOptions.builder().asciiOnly(ascii).personalisation(HOSTILE_PERSON).includePainScore(true).build();
      List<String> sheets = new ArrayList<>();
      for (SheetRenderer r : List.of(TextSheet.of(options), MarkdownSheet.of(options), HtmlSheet.of(options))) {
        sheets.add(r.render(HOSTILE));
        sheets.add(r.render(Screening.screen(HOSTILE, PatientProfile.builder().painWeeks(3).build())));
      }
      for (String sheet : sheets) {
        assertThat(firstUnsafe(sheet)).as("a control or format character in a sheet").isEqualTo(-1);
        assertThat(sheet).contains("Jane", "esrever", "RED", "https://clinic.example/%E2%80%AEesrever");
      }
    }
    String page = HtmlSheet.of(SheetOptions.builder().personalisation(HOSTILE_PERSON).build()).render(HOSTILE);
    Document xml =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(page)));
    assertThat(xml.getElementsByTagName("script").getLength()).isZero();
    assertThat(xml.getElementsByTagName("img").getLength()).as("the QR code's picture only").isOne();
    assertThat(page).contains("<td>Jane [2J[31mRED[0m ").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

    List<String> markup = new ArrayList<>();
    SheetReading.parse(MarkdownSheet.of(SheetOptions.builder().personalisation(HOSTILE_PERSON).build()).render(HOSTILE))
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(HtmlInline n) {
                markup.add("HTML " + n.getLiteral());
              }

              @Override
              public void visit(HtmlBlock n) {
                markup.add("HTML block " + n.getLiteral());
              }

              @Override
              public void visit(Link n) {
                if (!n.getDestination().startsWith("https://")) {
                  markup.add("link to " + n.getDestination());
                }
                visitChildren(n);
              }
            });
    assertThat(markup).as("HTML or a link that is not to the web, made from the caller's text").isEmpty();
  }

  @Test
  void errorMessagesEscapeWhatTheyQuoteFromTheDocument() {
    String document =
        RegimenJson.defaults().writeProtocol(Catalog.l5s1Relief())
            .replaceFirst("\"name\"", "\"na\\\\u001b[2Jme\\\\r\\\\n\\\\u202e\\\\u009b\"");
    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> RegimenJson.defaults().readProtocol(document));

    assertThat(e.pointer()).isEqualTo("/protocol/na\u001b[2Jme\r\n\u202e\u009b");
    assertThat(e.getMessage())
        .startsWith("/protocol/na\\u001B[2Jme\\u000D\\u000A\\u202E\\u009B: unknown property 'na\\u001B[2Jme\\u000D\\u000A\\u202E\\u009B'");
    assertThat(firstUnsafe(e.getMessage())).isEqualTo(-1);
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  /** {@return the index of the first control or format character other than a line break, or -1} */
  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (cp != '\n'
          && (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
              || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }
}
