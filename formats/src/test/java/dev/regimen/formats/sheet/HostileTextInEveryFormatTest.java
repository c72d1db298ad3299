package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.json.RegimenJsonException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;

/**
 * One protocol whose every text carries terminal escape sequences, carriage returns, C1 controls,
 * bidirectional overrides, zero-width characters, Markdown and HTML, printed in every format the
 * library has: the text sheet, the Markdown sheet and JSON (pretty and compact, as text and as
 * UTF-8). None lets a control or format character through raw; JSON escapes them and reads back
 * the very same text; the library's error messages escape what they quote from a document.
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
    for (RegimenJson json : List.of(RegimenJson.create(), RegimenJson.builder().compact().build())) {
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
    SheetReading.parse(MarkdownSheet.withDefaults().render(HOSTILE))
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

  @Test
  void errorMessagesEscapeWhatTheyQuoteFromTheDocument() {
    String document =
        RegimenJson.create().writeProtocol(Catalog.l5s1Relief())
            .replaceFirst("\"title\"", "\"ti\\\\u001b[2Jtle\\\\r\\\\n\\\\u202e\\\\u009b\"");
    RegimenJsonException e =
        catchThrowableOfType(RegimenJsonException.class, () -> RegimenJson.create().readProtocol(document));

    assertThat(e.pointer()).isEqualTo("/protocol/ti\u001b[2Jtle\r\n\u202e\u009b");
    assertThat(e.getMessage())
        .startsWith("/protocol/ti\\u001B[2Jtle\\u000D\\u000A\\u202E\\u009B: unknown property 'ti\\u001B[2Jtle\\u000D\\u000A\\u202E\\u009B'");
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
