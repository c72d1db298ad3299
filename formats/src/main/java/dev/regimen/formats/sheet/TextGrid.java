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

  private final StringBuilder out;
  private final Flow flow;
  private final int width;
  private final boolean ascii;
  private final Glyphs glyphs;
  private final SheetWording say;

  TextGrid(StringBuilder out, Flow flow, int width, boolean ascii, Glyphs glyphs, SheetWording say) {
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

    StringBuilder scratch = new StringBuilder(64);
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
      border(nameWidth, cell, from, to, ascii ? "+" : "\u250C", ascii ? "+" : "\u252C",
          ascii ? "+" : "\u2510");
      row(header, 0, header.length(), nameWidth, cell, roomy, from, to, true, false);
      for (int i = 0; i < count; i++) {
        border(nameWidth, cell, from, to, ascii ? "+" : "\u251C", ascii ? "+" : "\u253C",
            ascii ? "+" : "\u2524");
        scratch.setLength(0);
        names.begin(0, digits(i + 1) + 2);
        names.number(i + 1);
        names.fixed(". ");
        names.data(rows.get(i));
        names.end();
        int start = 0;
        boolean first = true;
        while (start < scratch.length()) {
          int nl = scratch.indexOf("\n", start);
          row(scratch, start, nl, nameWidth, cell, roomy, from, to, false, first);
          first = false;
          start = nl + 1;
        }
      }
      if (painScore) {
        border(nameWidth, cell, from, to, ascii ? "+" : "\u251C", ascii ? "+" : "\u253C",
            ascii ? "+" : "\u2524");
        row(pain, 0, pain.length(), nameWidth, cell, roomy, from, to, false, false);
      }
      border(nameWidth, cell, from, to, ascii ? "+" : "\u2514", ascii ? "+" : "\u2534",
          ascii ? "+" : "\u2518");
    }
  }

  /** {@return how many day columns fit beside a name column of {@code name} columns} */
  private int fit(int name, int cell) {
    return (width - 4 - name) / (cell + 1);
  }

  private void border(int name, int cell, int from, int to, String left, String cross,
      String right) {
    char line = ascii ? '-' : '\u2500';
    out.append(left);
    repeat(line, name + 2);
    for (int d = from; d <= to; d++) {
      out.append(cross);
      repeat(line, cell);
    }
    out.append(right).append('\n');
  }

  private void row(CharSequence name, int start, int end, int nameWidth, int cell, boolean roomy,
      int from, int to, boolean header, boolean boxes) {
    String bar = ascii ? "|" : "\u2502";
    out.append(bar).append(' ').append(name, start, end);
    repeat(' ', nameWidth - Chars.columns(name, start, end));
    out.append(' ');
    for (int d = from; d <= to; d++) {
      out.append(bar);
      if (header) {
        int left = cell - digits(d) - (roomy ? 1 : 0);
        repeat(' ', left);
        out.append(d);
        repeat(' ', cell - left - digits(d));
      } else if (boxes && !ascii) {
        int left = roomy ? cell - 2 : cell - 1;
        repeat(' ', left);
        out.append(glyphs.checkBox);
        repeat(' ', cell - left - 1);
      } else {
        repeat(' ', cell);
      }
    }
    out.append(bar).append('\n');
  }

  private void repeat(char c, int n) {
    for (int i = 0; i < n; i++) {
      out.append(c);
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
