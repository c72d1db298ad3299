package dev.regimen.formats.sheet;

import java.net.URI;
import java.util.List;

/** Writes a sheet as plain text, wrapped to a width, in Unicode or ASCII. Not thread-safe. */
final class TextWriter extends SheetWriter {
  private static final String BULLET = "\u2022 ";
  private static final String ASCII_BULLET = "- ";
  private static final int ITEM_INDENT = 2;

  private final TextBuffer out;
  private final Flow flow;
  private final boolean ascii;
  private final Glyphs glyphs;
  private final SheetWording say;
  private final int width;
  private final int start;
  private boolean gap;
  private boolean framed;

  TextWriter(TextBuffer out, int width, boolean ascii, String language) {
    this.glyphs = Glyphs.of(ascii, language);
    this.say = SheetWording.of(language);
    this.out = out;
    this.width = width;
    this.ascii = ascii;
    this.start = out.length();
    this.flow = new Flow(out, width, ascii);
  }

  @Override
  void title(CharSequence title) {
    flow.rule("", ascii ? '=' : '\u2501', width, "");
    flow.begin(0, 0);
    flow.data(title);
    flow.end();
    flow.rule("", ascii ? '=' : '\u2501', width, "");
    gap = true;
  }

  @Override
  void section(String heading) {
    separate();
    flow.begin(0, 0);
    flow.fixedUpper(heading);
    flow.end();
    flow.rule("", ascii ? '=' : '\u2550', flow.widest(), "");
    gap = false;
  }

  @Override
  void beginSafety(String heading) {
    separate();
    if (ascii) {
      flow.rule("+", '=', width - 2, "+");
      flow.frame("| ", " |");
    } else {
      flow.rule("\u250F", '\u2501', width - 2, "\u2513");
      flow.frame("\u2503 ", " \u2503");
    }
    flow.begin(0, 0);
    flow.fixedUpper(heading);
    flow.end();
    if (ascii) {
      flow.rule("+", '=', width - 2, "+");
    } else {
      flow.rule("\u2523", '\u2501', width - 2, "\u252B");
    }
    framed = true;
    gap = true;
  }

  @Override
  void endSafety() {
    flow.blank();
    flow.frame("", "");
    if (ascii) {
      flow.rule("+", '=', width - 2, "+");
    } else {
      flow.rule("\u2517", '\u2501', width - 2, "\u251B");
    }
    framed = false;
    gap = true;
  }

  @Override
  void subsection(String heading) {
    separate();
    flow.begin(0, 0);
    flow.fixedUpper(heading);
    flow.end();
    gap = false;
  }

  @Override
  void exercise(int number, CharSequence name) {
    separate();
    flow.begin(0, digits(number) + 2);
    flow.number(number);
    flow.fixed(". ");
    flow.data(name);
    flow.end();
    flow.rule("", ascii ? '-' : '\u2500', flow.widest(), "");
    gap = true;
  }

  @Override
  void listLabel(String label) {
    open(0, 0);
    flow.fixed(label);
    flow.end();
  }

  @Override
  void paragraph() {
    open(0, 0);
  }

  @Override
  void labelled(String label) {
    open(0, ITEM_INDENT);
    flow.fixed(label);
    flow.fixed(": ");
  }

  @Override
  void item(int number, int count) {
    int indent = framed ? 0 : ITEM_INDENT;
    if (number <= 0) {
      open(indent, indent + 2);
      flow.fixed(ascii ? ASCII_BULLET : BULLET);
      return;
    }
    int digits = digits(count);
    int pad = digits - digits(number);
    open(indent + pad, indent + digits + 2);
    flow.number(number);
    flow.fixed(". ");
  }

  @Override
  void timed(String time, int width) {
    int indent = framed ? 0 : ITEM_INDENT;
    open(indent + Math.max(0, width - time.length()), indent + width + 2);
    flow.fixed(time);
    flow.fixed("\u00A0 ");
  }

  @Override
  void quotation() {
    open(ITEM_INDENT, ITEM_INDENT + 1);
  }

  @Override
  void lineBreak() {
    flow.lineBreak();
  }

  @Override
  void end() {
    flow.end();
  }

  @Override
  void gap() {
    gap = true;
  }

  @Override
  void text(CharSequence text) {
    flow.fixed(text);
  }

  @Override
  void data(CharSequence text) {
    flow.data(text);
  }

  @Override
  void quoted(CharSequence text) {
    flow.fixed(glyphs.openQuote);
    flow.fixed(text);
    flow.fixed(glyphs.closeQuote);
  }

  @Override
  void quotedData(CharSequence text) {
    flow.fixed(glyphs.openQuote);
    flow.data(text);
    flow.fixed(glyphs.closeQuote);
  }

  @Override
  void number(int n) {
    flow.number(n);
  }

  @Override
  void dataCapitalized(CharSequence text) {
    flow.data(text, false, true);
  }

  @Override
  void dataUnbroken(CharSequence text) {
    flow.data(text, true);
  }

  @Override
  void strong(CharSequence text) {
    flow.fixed(text);
  }

  @Override
  void strongData(CharSequence text) {
    flow.data(text);
  }

  @Override
  void link(URI uri) {
    flow.data(uri.toASCIIString());
  }

  @Override
  void grid(List<? extends CharSequence> rows, int days, boolean painScore) {
    if (gap) {
      flow.blank();
      gap = false;
    }
    new TextGrid(out, flow, width, ascii, glyphs, say).write(rows, days, painScore);
    gap = true;
  }

  /** Each detail on a line of its own, the values aligned after the longest label. */
  @Override
  void details(List<String> labels, List<? extends CharSequence> values) {
    int widest = 0;
    for (String label : labels) {
      widest = Math.max(widest, label.length());
    }
    if (gap) {
      flow.blank();
    }
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      flow.begin(0, widest + 2);
      flow.fixed(label);
      flow.fixed(":");
      flow.fixed("\u00A0".repeat(widest - label.length()));
      flow.fixed(" ");
      flow.data(values.get(i));
      flow.end();
    }
    gap = true;
  }

  /** The address in words: a terminal or a printer draws no QR code. */
  @Override
  void qrCode(URI target) {
    open(0, 0);
    say.phrase("qr.openAddress").with("address", SheetWording.data(target.toASCIIString())).write(this);
    flow.end();
  }

  @Override
  void finish() {
    if (framed) {
      endSafety();
    }
  }

  private void open(int first, int hanging) {
    if (gap) {
      flow.blank();
      gap = false;
    }
    flow.begin(first, hanging);
  }

  private void separate() {
    if (out.length() > start) {
      flow.blank();
    }
    gap = false;
  }

  private static int digits(int n) {
    int d = 1;
    while (n >= 10) {
      n /= 10;
      d++;
    }
    return d;
  }
}
