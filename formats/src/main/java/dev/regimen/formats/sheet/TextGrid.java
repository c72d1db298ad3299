package dev.regimen.formats.sheet;

import java.util.List;

/**
 * Draws the tracking grid of the text sheet: a row per exercise, a column per day, with box
 * drawing (or {@code +-|} in ASCII). The name column is as wide as the longest name needs, within
 * the width; names that do not fit wrap inside their cell. When the days do not all fit beside
 * the names, the grid is drawn in blocks of days (whole weeks where a week fits). With the pain
 * score, each block ends with a row labelled "Pain (0–10)" (in the wording's language) whose cells are left empty for the
 * number. Not thread-safe.
 */
final class TextGrid {
  private static final int NAME_MIN = 14;

  private final TextBuffer out;
  private final Flow flow;
  private final int width;
  private final boolean ascii;
  private final Glyphs glyphs;
  private final SheetWording say;

  TextGrid(TextBuffer out, Flow flow, int width, boolean ascii, Glyphs glyphs, SheetWording say) {
    this.out = out;
    this.flow = flow;
    this.width = width;
    this.ascii = ascii;
    this.glyphs = glyphs;
    this.say = say;
  }

  void write(List<? extends CharSequence> rows, int days, boolean painScore) {
    int count = rows.size();
    String header = say.text("grid.exercise");
    String pain = say.phrase("grid.painScore").with("range", glyphs.range).text();
    int needed = painScore
        ? Math.max(Chars.columns(header), Chars.columns(pain))
        : Chars.columns(header);
    int wordNeeded = needed;
    for (int i = 0; i < count; i++) {
      int marker = digits(i + 1) + 2;
      needed = Math.max(needed, marker + measure(rows.get(i), false));
      wordNeeded = Math.max(wordNeeded, marker + measure(rows.get(i), true));
    }
    int week = Math.min(days, 7);
    int digits = digits(days);
    // The name column takes the longest word of a name whole where a week still fits beside it,
    // with cells as roomy as can be; else it makes do with a shorter minimum.
    int nameMin = Math.min(needed, Math.max(NAME_MIN, wordNeeded));
    int cell = digits + 2;
    while (cell > digits && fit(nameMin, cell) < week) {
      cell--;
    }
    if (fit(nameMin, cell) < week) {
      nameMin = Math.min(needed, NAME_MIN);
      cell = digits + 2;
      while (cell > digits && fit(nameMin, cell) < week) {
        cell--;
      }
    }
    boolean roomy = cell == digits + 2;
    int perBlock = Math.min(days, fit(nameMin, cell));
    if (perBlock < days && perBlock >= 7) {
      perBlock -= perBlock % 7;
    }
    int nameWidth = Math.min(width - 4 - perBlock * (cell + 1), needed);

    TextBuffer scratch = new TextBuffer(64);
    Flow names = new Flow(scratch, nameWidth, ascii);
    for (int from = 1; from <= days; from += perBlock) {
      int to = Math.min(days, from + perBlock - 1);
      if (from > 1) {
        flow.blank();
      }
      if (perBlock < days) {
        out.append(say.phrase("grid.days")
                .with("from", Integer.toString(from))
                .with("range", glyphs.range)
                .with("to", Integer.toString(to))
                .text())
            .append('\n');
      }
      // Every row of a block has the same borders and cells: each is drawn once and copied.
      String between = border(nameWidth, cell, from, to, ascii ? "+" : "\u251C", ascii ? "+" : "\u253C",
          ascii ? "+" : "\u2524");
      String empty = cells(cell, roomy, from, to, false, false);
      String boxes = cells(cell, roomy, from, to, false, true);
      out.append(border(nameWidth, cell, from, to, ascii ? "+" : "\u250C", ascii ? "+" : "\u252C",
          ascii ? "+" : "\u2510"));
      row(header, 0, header.length(), nameWidth, cells(cell, roomy, from, to, true, false));
      for (int i = 0; i < count; i++) {
        out.append(between);
        scratch.clear();
        names.begin(0, digits(i + 1) + 2);
        names.number(i + 1);
        names.fixed(". ");
        names.data(rows.get(i));
        names.end();
        int start = 0;
        boolean first = true;
        while (start < scratch.length()) {
          int nl = scratch.indexOf('\n', start);
          row(scratch, start, nl, nameWidth, first ? boxes : empty);
          first = false;
          start = nl + 1;
        }
      }
      if (painScore) {
        out.append(between);
        row(pain, 0, pain.length(), nameWidth, empty);
      }
      out.append(border(nameWidth, cell, from, to, ascii ? "+" : "\u2514", ascii ? "+" : "\u2534",
          ascii ? "+" : "\u2518"));
    }
  }

  /** {@return how many day columns fit beside a name column of {@code name} columns} */
  private int fit(int name, int cell) {
    return (width - 4 - name) / (cell + 1);
  }

  /** {@return a border line, with its newline} */
  private String border(int name, int cell, int from, int to, String left, String cross,
      String right) {
    char line = ascii ? '-' : '\u2500';
    StringBuilder b = new StringBuilder(name + 4 + (to - from + 1) * (cell + 1));
    b.append(left);
    repeat(b, line, name + 2);
    for (int d = from; d <= to; d++) {
      b.append(cross);
      repeat(b, line, cell);
    }
    return b.append(right).append('\n').toString();
  }

  /**
   * {@return the day cells of a row, with the bar that ends the row and its newline: the days'
   * numbers in the header, a box to tick in a name's first line (Unicode only), else empty}
   */
  private String cells(int cell, boolean roomy, int from, int to, boolean header, boolean boxes) {
    String bar = ascii ? "|" : "\u2502";
    StringBuilder b = new StringBuilder((to - from + 2) * (cell + 1) + 2);
    for (int d = from; d <= to; d++) {
      b.append(bar);
      if (header) {
        int left = cell - digits(d) - (roomy ? 1 : 0);
        repeat(b, ' ', left);
        b.append(d);
        repeat(b, ' ', cell - left - digits(d));
      } else if (boxes && !ascii) {
        int left = roomy ? cell - 2 : cell - 1;
        repeat(b, ' ', left);
        b.append(glyphs.checkBox);
        repeat(b, ' ', cell - left - 1);
      } else {
        repeat(b, ' ', cell);
      }
    }
    return b.append(bar).append('\n').toString();
  }

  private void row(CharSequence name, int start, int end, int nameWidth, String cells) {
    out.append(ascii ? "|" : "\u2502").append(' ').append(name, start, end);
    for (int i = nameWidth - Chars.columns(name, start, end); i > 0; i--) {
      out.append(' ');
    }
    out.append(' ').append(cells);
  }

  private static void repeat(StringBuilder b, char c, int n) {
    for (int i = 0; i < n; i++) {
      b.append(c);
    }
  }

  /**
   * {@return the width of a name on one line, spaces collapsed, as the sheet writes it; or, with
   * {@code longestWord}, the width of its longest word}
   */
  private int measure(CharSequence name, boolean longestWord) {
    int total = 0;
    int word = 0;
    int longest = 0;
    boolean pendingSpace = false;
    StringBuilder spelled = null;
    for (int i = 0; i < name.length(); ) {
      int cp = Character.codePointAt(name, i);
      i += Character.charCount(cp);
      int kept = Chars.clean(cp);
      if (kept == Chars.SPACE) {
        pendingSpace = total > 0;
        word = 0;
        continue;
      }
      if (kept == Chars.DROP) {
        continue;
      }
      int w;
      if (kept < 0x80) {
        w = 1;
      } else if (ascii) {
        if (spelled == null) {
          spelled = new StringBuilder(8);
        }
        spelled.setLength(0);
        Chars.appendAscii(kept, spelled);
        w = spelled.length();
      } else {
        w = Chars.columns(kept);
      }
      if (pendingSpace) {
        total++;
        pendingSpace = false;
      }
      total += w;
      word += w;
      longest = Math.max(longest, word);
    }
    return longestWord ? longest : total;
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
