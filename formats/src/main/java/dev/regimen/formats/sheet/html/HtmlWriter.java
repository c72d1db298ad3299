package dev.regimen.formats.sheet.html;

import dev.regimen.formats.sheet.document.Block;
import dev.regimen.formats.sheet.document.DoseLine;
import dev.regimen.formats.sheet.document.ExerciseSection;
import dev.regimen.formats.sheet.document.Inline;
import dev.regimen.formats.sheet.document.ItemList;
import dev.regimen.formats.sheet.document.LineBreak;
import dev.regimen.formats.sheet.document.Link;
import dev.regimen.formats.sheet.document.ListItem;
import dev.regimen.formats.sheet.document.ListKind;
import dev.regimen.formats.sheet.document.Origin;
import dev.regimen.formats.sheet.document.Paragraph;
import dev.regimen.formats.sheet.document.PersonalDetails;
import dev.regimen.formats.sheet.document.Picture;
import dev.regimen.formats.sheet.document.Pictures;
import dev.regimen.formats.sheet.document.QrLink;
import dev.regimen.formats.sheet.document.Quotation;
import dev.regimen.formats.sheet.document.Section;
import dev.regimen.formats.sheet.document.SheetDocument;
import dev.regimen.formats.sheet.document.Subheading;
import dev.regimen.formats.sheet.document.Style;
import dev.regimen.formats.sheet.document.Text;
import dev.regimen.formats.sheet.document.TrackingGrid;
import dev.regimen.formats.internal.Wording;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one {@link SheetDocument} as a polyglot XHTML page: HTML5 that is also well-formed XML.
 * Not thread-safe; one instance writes one page.
 *
 * <p>Polyglot rules kept: the XHTML namespace on {@code html}, {@code lang} and {@code xml:lang}
 * together, every element closed ({@code <br />}), attribute values quoted, no named character
 * reference but XML's own five, {@code tbody} written out, the style sheet free of {@code <} and
 * {@code &}.
 *
 * <p>The page's language is the language of the sheet's own wording, the one its reader chose;
 * where the protocol's text is in another language (an English routine on a Spanish sheet), each
 * piece of it carries its own {@code lang}: the title's heading, the exercises' names, the steps,
 * the grid's rows, the pictures. The page's {@code title} element cannot carry one and takes the
 * page's. Quotation marks follow the wording's language: “…” in English, «…» in Spanish.
 */
final class HtmlWriter {
  /** The most days one table of the tracking grid has: a week. */
  private static final int WEEK = 7;

  private static final String STYLE =
      """
      html { color: #111; background: #fff; }
      body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
        font-size: 12pt; line-height: 1.4; max-width: 46em; margin: 1.5em auto; padding: 0 1em; }
      body.large-print { font-size: 16pt; max-width: 40em; }
      h1 { font-size: 1.6em; line-height: 1.2; margin: 0 0 0.4em; }
      h2 { font-size: 1.25em; line-height: 1.25; margin: 1.1em 0 0.4em;
        border-bottom: 1px solid #555; }
      h3 { font-size: 1.08em; line-height: 1.25; margin: 0.9em 0 0.3em; }
      p, ul, ol, blockquote, table { margin: 0.35em 0; }
      ul, ol { padding-left: 1.5em; }
      li { margin: 0.15em 0; }
      .label, .list-label { font-weight: bold; }
      .list-label { margin-bottom: 0.1em; }
      .safety { border: 3px solid #8b1a1a; background: #fdf0ee; border-radius: 4px;
        padding: 0.1em 0.9em 0.5em; margin: 0.8em 0 1em; }
      .safety h2 { color: #7a1616; border-bottom: 0; margin-top: 0.5em; }
      .dose { border-left: 4px solid #1f3f7a; padding-left: 0.5em; }
      .dose strong { font-weight: bold; }
      blockquote { margin-left: 0.8em; padding-left: 0.7em; border-left: 3px solid #777;
        font-style: italic; }
      .pictures { display: flex; flex-wrap: wrap; gap: 0.6em; margin: 0.4em 0; }
      figure { margin: 0; max-width: 48%; }
      figure img { display: block; max-width: 100%; max-height: 45mm; height: auto; }
      figcaption { font-size: 0.85em; }
      table.grid { border-collapse: collapse; width: 100%; }
      .grid th, .grid td { border: 1px solid #333; padding: 0.2em 0.4em; }
      .grid thead th { text-align: center; font-weight: bold; }
      .grid tbody th { text-align: left; font-weight: normal; }
      .grid td { width: 2.8em; height: 1.5em; }
      .nowrap { white-space: nowrap; }
      ol.timed { list-style: none; padding-left: 0; }
      .time { display: inline-block; min-width: 3.5em; font-weight: bold;
        font-variant-numeric: tabular-nums; }
      a { color: #0b4a8b; }
      @page { size: A4; margin: 9mm 10mm; }
      @media print {
        body { font-size: 9pt; line-height: 1.15; max-width: none; margin: 0; padding: 0; }
        main { column-count: 2; column-gap: 7mm; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; }
        h2 { font-size: 1.2em; margin: 0.45em 0 0.2em; }
        h3 { margin: 0.45em 0 0.15em; }
        p, ul, ol, blockquote, table { margin: 0.2em 0; }
        li { margin: 0.05em 0; }
        .safety { border: 2.5pt solid #000; background: #fff; padding: 0 0.6em 0.3em;
          margin: 0 0 0.6em; }
        .safety h2 { color: #000; }
        /* Beside the exercise's text, not above it: the pictures cost the handout no page. */
        .pictures { display: block; float: right; width: 38%; margin: 0.1em 0 0.2em 0.6em; }
        .pictures figure { max-width: 100%; margin: 0 0 0.2em; }
        figure img { max-height: 30mm; }
        /* The page-break-* aliases are for PDF engines that know only CSS 2's names. */
        figure, tr, blockquote, li, ol, .dose { break-inside: avoid; page-break-inside: avoid; }
        /* Kept on one page where the engine can; Chromium's columns may still split one. */
        .exercise { break-inside: avoid-page; }
        h2, h3, .list-label { break-after: avoid; page-break-after: avoid; }
        /* Narrow enough for one column too, where an engine cannot span the columns. */
        table.grid { column-span: all; }
        .grid th, .grid td { padding: 0.2em 0.25em; }
        .grid td { width: 2.2em; }
        a { color: inherit; }
        body.large-print { font-size: 14pt; line-height: 1.3; }
        body.large-print main { column-count: 1; }
        body.large-print .exercise { break-inside: avoid-page; }
      }
      """;

  /**
   * The style of what a sheet for one person adds (the details, the pain score, the QR code),
   * written only when it has them: a sheet without them is the page it always was.
   */
  private static final String PERSONAL_STYLE =
      """
      table.details { border-collapse: collapse; margin: 0 0 0.5em; }
      .details th { text-align: left; padding: 0 1em 0 0; vertical-align: top; }
      .details td { padding: 0; }
      .grid tbody tr.pain th { font-style: italic; }
      figure.qr { max-width: none; margin: 0.4em 0; }
      .qr img { width: 30mm; height: 30mm; max-height: none; image-rendering: pixelated; }
      .qr .address { word-wrap: break-word; }
      """;

  private final StringBuilder out = new StringBuilder(16_384);
  private final boolean ascii;
  private final boolean largePrint;
  private final PictureResolver pictures;
  /** The {@code lang} of a piece of the protocol's text, empty when it is the page's. */
  private String protocolLang = "";
  private String openQuote = "\u201C";
  private String closeQuote = "\u201D";
  private int ids;
  /** The sheet's own words for the few labels the page writes itself, in the page's language. */
  private Wording say = Wording.of("en");
  /** The {@code lang} of the page's own words inside a piece of the protocol's text, or empty. */
  private String pageLang = "";

  HtmlWriter(boolean ascii, boolean largePrint, PictureResolver pictures) {
    this.ascii = ascii;
    this.largePrint = largePrint;
    this.pictures = pictures;
  }

  String write(SheetDocument d) {
    String lang = d.wordingLanguage();
    if (!primary(d.language()).equals(primary(lang))) {
      StringBuilder attribute = new StringBuilder(" lang=\"");
      int mark = out.length();
      attribute(d.language());
      String tag = out.substring(mark);
      out.setLength(mark);
      attribute.append(tag).append("\" xml:lang=\"").append(tag).append('"');
      protocolLang = attribute.toString();
      int at = out.length();
      attribute(lang);
      String own = out.substring(at);
      out.setLength(at);
      pageLang = " lang=\"" + own + "\" xml:lang=\"" + own + "\"";
    }
    say = Wording.of(primary(lang));
    if (primary(lang).equals("es")) {
      openQuote = "\u00AB";
      closeQuote = "\u00BB";
    }
    out.append("<!DOCTYPE html>\n");
    out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"");
    attribute(lang);
    out.append("\" xml:lang=\"");
    attribute(lang);
    out.append("\">\n<head>\n<meta charset=\"utf-8\" />\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    out.append("<title>");
    escaped(d.title());
    out.append("</title>\n<style>\n").append(STYLE);
    if (personal(d.blocks())) {
      out.append(PERSONAL_STYLE);
    }
    out.append("</style>\n</head>\n");
    out.append(largePrint ? "<body class=\"large-print\">\n" : "<body>\n");
    out.append("<header>\n<h1").append(protocolLang).append('>');
    escaped(d.title());
    out.append("</h1>\n");
    // The details of the person the sheet is for are the page's header, above the callout.
    List<Block> blocks = new ArrayList<>(d.blocks());
    while (!blocks.isEmpty() && blocks.get(0) instanceof PersonalDetails details) {
      details(details);
      blocks.remove(0);
    }
    out.append("</header>\n<main>\n");
    // The first safety callout comes first, right after the title.
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Section s && s.isSafety()) {
        blocks.remove(i);
        blocks.add(0, s);
        break;
      }
    }
    for (Block b : blocks) {
      block(b);
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** {@return whether any of the blocks is of what a sheet for one person adds} */
  private static boolean personal(List<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof PersonalDetails
          || b instanceof QrLink
          || (b instanceof TrackingGrid g && g.painScore())
          || (b instanceof Section s && personal(s.blocks()))) {
        return true;
      }
    }
    return false;
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- blocks

  private void block(Block b) {
    if (b instanceof Section s) {
      section(s);
    } else if (b instanceof ExerciseSection e) {
      exercise(e);
    } else if (b instanceof Subheading h) {
      out.append("<h3>");
      escaped(h.text());
      out.append("</h3>\n");
    } else if (b instanceof Paragraph p) {
      paragraph(p);
    } else if (b instanceof DoseLine dose) {
      out.append("<p class=\"dose\"><span class=\"label\">");
      escaped(dose.label());
      out.append(":</span> <strong>");
      inline(dose.content());
      out.append("</strong></p>\n");
    } else if (b instanceof ItemList list) {
      list(list);
    } else if (b instanceof Quotation q) {
      out.append("<blockquote><p>");
      inline(q.content());
      out.append("</p></blockquote>\n");
    } else if (b instanceof Pictures p) {
      pictures(p);
    } else if (b instanceof TrackingGrid g) {
      grid(g);
    } else if (b instanceof PersonalDetails details) {
      details(details);
    } else if (b instanceof QrLink qr) {
      qr(qr);
    }
  }

  /** The details as a table of two columns: what each is, and what the caller gave. */
  private void details(PersonalDetails d) {
    out.append("<table class=\"details\">\n<tbody>\n");
    for (PersonalDetails.Detail detail : d.details()) {
      out.append("<tr><th scope=\"row\">");
      escaped(detail.label());
      out.append(":</th><td>");
      text(detail.value());
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /**
   * The QR code as a picture, its alternative text naming the address, with the address written
   * under it. As text, not a link: openhtmltopdf 1.1.31 gives a link annotation no alternative
   * description, which PDF/UA-1 (7.18.5) requires, and a printed address is read, not clicked.
   */
  private void qr(QrLink qr) {
    String address = qr.target().toASCIIString();
    int pixels = QrPng.pixels(qr.code());
    out.append("<figure class=\"qr\"><img src=\"data:image/png;base64,");
    out.append(Base64.getEncoder().encodeToString(QrPng.of(qr.code())));
    out.append("\" width=\"").append(pixels).append("\" height=\"").append(pixels);
    out.append("\" alt=\"");
    attribute(say.format("qr.alt", Map.of("address", address)));
    out.append("\" /><figcaption><span>");
    escaped(say.text("qr.caption"));
    out.append("</span> <span class=\"address\">");
    escaped(address);
    out.append("</span></figcaption></figure>\n");
  }

  private void section(Section s) {
    String id = nextId("s");
    out.append(s.isSafety() ? "<section class=\"safety\"" : "<section");
    out.append(" aria-labelledby=\"").append(id).append("\">\n");
    out.append("<h2 id=\"").append(id).append("\">");
    escaped(s.heading());
    out.append("</h2>\n");
    for (Block b : s.blocks()) {
      block(b);
    }
    out.append("</section>\n");
  }

  private void exercise(ExerciseSection e) {
    String id = nextId("e");
    out.append("<article class=\"exercise\" aria-labelledby=\"").append(id).append("\">\n");
    out.append("<h3 id=\"").append(id).append("\">").append(e.number()).append(". ");
    if (!protocolLang.isEmpty()) {
      out.append("<span").append(protocolLang).append('>');
    }
    escaped(e.name());
    if (!protocolLang.isEmpty()) {
      out.append("</span>");
    }
    out.append("</h3>\n");
    for (Block b : e.blocks()) {
      block(b);
    }
    out.append("</article>\n");
  }

  private void paragraph(Paragraph p) {
    out.append("<p>");
    if (p.label().isPresent()) {
      out.append("<span class=\"label\">");
      escaped(p.label().get());
      out.append(":</span> ");
    }
    inline(p.content());
    out.append("</p>\n");
  }

  private void list(ItemList list) {
    String labelId = null;
    if (list.label().isPresent()) {
      labelId = nextId("l");
      out.append("<p class=\"list-label\" id=\"").append(labelId).append("\">");
      escaped(list.label().get());
      out.append("</p>\n");
    }
    String tag = list.kind() == ListKind.BULLETED ? "ul" : "ol";
    out.append('<').append(tag);
    if (list.kind() == ListKind.TIMED) {
      out.append(" class=\"timed\"");
    }
    if (labelId != null) {
      out.append(" aria-labelledby=\"").append(labelId).append('"');
    }
    out.append(">\n");
    for (ListItem item : list.items()) {
      out.append("<li>");
      if (list.kind() == ListKind.TIMED) {
        out.append("<span class=\"time\">");
        escaped(item.marker());
        out.append("</span> ");
      }
      inline(item.content());
      out.append("</li>\n");
    }
    out.append("</").append(tag).append(">\n");
  }

  private void pictures(Pictures p) {
    List<String> figures = new ArrayList<>(p.pictures().size());
    for (Picture picture : p.pictures()) {
      Optional<byte[]> bytes = pictures == null ? Optional.empty() : pictures.resolve(picture.media().uri());
      if (bytes == null || bytes.isEmpty()) {
        continue;
      }
      StringBuilder saved = new StringBuilder();
      int mark = out.length();
      out.append("<figure").append(protocolLang).append("><img src=\"data:").append(picture.media().mediaType()).append(";base64,");
      out.append(Base64.getEncoder().encodeToString(bytes.get()));
      out.append("\" alt=\"");
      attribute(picture.altText());
      out.append("\" />");
      if (picture.step() > 0 || !picture.caption().isEmpty()) {
        out.append("<figcaption>");
        if (picture.step() > 0) {
          out.append("<span").append(pageLang).append('>');
          escaped(say.format("picture.step", Map.of("step", Integer.toString(picture.step()))));
          out.append(picture.caption().isEmpty() ? "" : ":").append("</span>");
          if (!picture.caption().isEmpty()) {
            out.append(' ');
          }
        }
        escaped(picture.caption());
        out.append("</figcaption>");
      }
      out.append("</figure>\n");
      saved.append(out, mark, out.length());
      out.setLength(mark);
      figures.add(saved.toString());
    }
    if (figures.isEmpty()) {
      return;
    }
    out.append("<div class=\"pictures\">\n");
    for (String f : figures) {
      out.append(f);
    }
    out.append("</div>\n");
  }

  private void grid(TrackingGrid g) {
    int days = g.days();
    for (int from = 1; from <= days; from += WEEK) {
      int to = Math.min(days, from + WEEK - 1);
      if (days > WEEK) {
        out.append("<p class=\"list-label\">");
        escaped(say.format("grid.days", Map.of(
            "from", Integer.toString(from), "range", "\u2013", "to", Integer.toString(to))));
        out.append("</p>\n");
      }
      out.append("<table class=\"grid\">\n<thead>\n<tr><th scope=\"col\">");
      escaped(say.text("grid.exercise"));
      out.append("</th>");
      for (int day = from; day <= to; day++) {
        out.append("<th scope=\"col\">");
        escaped(say.format("grid.day", Map.of("day", Integer.toString(day))));
        out.append("</th>");
      }
      out.append("</tr>\n</thead>\n<tbody>\n");
      for (int i = 0; i < g.rows().size(); i++) {
        out.append("<tr><th scope=\"row\"").append(protocolLang).append('>').append(i + 1).append(". ");
        escaped(g.rows().get(i));
        out.append("</th>");
        for (int day = from; day <= to; day++) {
          out.append("<td></td>");
        }
        out.append("</tr>\n");
      }
      if (g.painScore()) {
        out.append("<tr class=\"pain\"><th scope=\"row\">");
        escaped(say.format("grid.painScore", Map.of("range", "\u2013")));
        out.append("</th>");
        for (int day = from; day <= to; day++) {
          out.append("<td></td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
  }

  // ---------------------------------------------------------------- inline content

  private void inline(List<Inline> content) {
    for (Inline i : content) {
      if (i instanceof Text t) {
        text(t);
      } else if (i instanceof LineBreak) {
        out.append("<br />");
      } else if (i instanceof Link l) {
        link(l.uri());
      }
    }
  }

  private void text(Text t) {
    // The protocol's words carry their language where it is not the page's; quotation marks are
    // the page's, outside them.
    String lang = t.origin() == Origin.PROTOCOL ? protocolLang : "";
    if (t.style() == Style.QUOTED) {
      escaped(openQuote);
    }
    switch (t.style()) {
      case STRONG -> out.append("<strong").append(lang).append('>');
      case UNBROKEN -> out.append("<span class=\"nowrap\"").append(lang).append('>');
      case PLAIN, QUOTED -> {
        if (!lang.isEmpty()) {
          out.append("<span").append(lang).append('>');
        }
      }
    }
    escaped(t.text());
    switch (t.style()) {
      case STRONG -> out.append("</strong>");
      case UNBROKEN -> out.append("</span>");
      case PLAIN, QUOTED -> {
        if (!lang.isEmpty()) {
          out.append("</span>");
        }
      }
    }
    if (t.style() == Style.QUOTED) {
      escaped(closeQuote);
    }
  }

  private void link(URI uri) {
    String s = uri.toASCIIString();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
      out.append("<a href=\"");
      attribute(s);
      out.append("\">");
      escaped(s);
      out.append("</a>");
    } else {
      escaped(s);
    }
  }

  // ---------------------------------------------------------------- escaping

  private String nextId(String prefix) {
    return prefix + (++ids);
  }

  /** Writes text as element content: {@code &}, {@code <} and {@code >} escaped. */
  private void escaped(String text) {
    write(text, false);
  }

  /** Writes text as a double-quoted attribute value: {@code "} escaped too. */
  private void attribute(String text) {
    write(text, true);
  }

  private void write(String text, boolean attribute) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> {
          int c = isXmlChar(cp) ? cp : 0xFFFD;
          if (ascii && c >= 0x80) {
            out.append("&#").append(c).append(';');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
  }

  /**
   * {@return whether XML 1.0 allows the character, and HTML does not object to it} Tabs and line
   * feeds are allowed; other controls, surrogates, U+FFFE and U+FFFF are not.
   */
  private static boolean isXmlChar(int cp) {
    if (cp == '\t' || cp == '\n') {
      return true;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return false;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false;
    }
    return cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
  }
}
