package dev.regimen.formats.sheet;

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
import dev.regimen.formats.sheet.document.Pictures;
import dev.regimen.formats.sheet.document.QrLink;
import dev.regimen.formats.sheet.document.Quotation;
import dev.regimen.formats.sheet.document.Section;
import dev.regimen.formats.sheet.document.SheetDocument;
import dev.regimen.formats.sheet.document.Style;
import dev.regimen.formats.sheet.document.Subheading;
import dev.regimen.formats.sheet.document.Text;
import dev.regimen.formats.sheet.document.TrackingGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link SheetDocument} through a line-based output ({@link TextWriter}, {@link
 * MarkdownWriter}): the tree says what the sheet holds, this class how its blocks are spaced.
 *
 * <p>The spacing rules, the same for every line-based output:
 *
 * <ul>
 *   <li>blocks are set apart by a blank line, except that labelled lines (a paragraph with a label,
 *       such as "Starting position", or a dose line) that follow one another stand together, as
 *       one block of facts;
 *   <li>the items of a list whose items run over several lines (an advisory with its reasons, a
 *       recommendation) are set apart by a blank line, and the items of a list of one-line items
 *       are not;
 *   <li>what a section, a safety callout or a subheading holds starts after a blank line, except
 *       directly under a section's heading, which is underlined.
 * </ul>
 *
 * <p>Pictures are not written: a line-based output cannot show them, and their alt text describes
 * what the steps already say. Stateless.
 */
final class TreeWriter {
  private TreeWriter() {}

  /**
   * Writes the document and finishes the output.
   *
   * @param d the document
   * @param w the output
   */
  static void write(SheetDocument d, SheetWriter w) {
    w.title(d.title());
    int width = timeWidth(d.blocks());
    blocks(d.blocks(), w, width, false);
    w.finish();
  }

  private static void blocks(List<Block> blocks, SheetWriter w, int timeWidth, boolean gapFirst) {
    Block previous = null;
    for (Block b : blocks) {
      if (b instanceof Pictures) {
        continue;
      }
      if (previous == null ? gapFirst : !(isLine(previous) && isLine(b))) {
        w.gap();
      }
      block(b, w, timeWidth);
      previous = b;
    }
  }

  private static boolean isLine(Block b) {
    return b instanceof DoseLine || (b instanceof Paragraph p && p.label().isPresent());
  }

  private static void block(Block b, SheetWriter w, int timeWidth) {
    if (b instanceof Section s) {
      if (s.isSafety()) {
        w.beginSafety(s.heading());
        blocks(s.blocks(), w, timeWidth, true);
        w.endSafety();
      } else {
        w.section(s.heading());
        blocks(s.blocks(), w, timeWidth, false);
      }
    } else if (b instanceof ExerciseSection e) {
      w.exercise(e.number(), e.name());
      blocks(e.blocks(), w, timeWidth, false);
    } else if (b instanceof Subheading h) {
      w.subsection(h.text());
    } else if (b instanceof Paragraph p) {
      if (p.label().isPresent()) {
        w.labelled(p.label().get());
      } else {
        w.paragraph();
      }
      inline(p.content(), w);
      w.end();
    } else if (b instanceof DoseLine d) {
      w.labelled(d.label());
      inline(d.content(), w);
      w.end();
    } else if (b instanceof ItemList l) {
      list(l, w, timeWidth);
    } else if (b instanceof Quotation q) {
      w.quotation();
      inline(q.content(), w);
      w.end();
    } else if (b instanceof TrackingGrid g) {
      w.grid(g.rows(), g.days(), g.painScore());
    } else if (b instanceof PersonalDetails d) {
      List<String> labels = new ArrayList<>(d.details().size());
      List<String> values = new ArrayList<>(d.details().size());
      for (PersonalDetails.Detail detail : d.details()) {
        labels.add(detail.label());
        values.add(detail.value().text());
      }
      w.details(labels, values);
    } else if (b instanceof QrLink q) {
      w.qrCode(q.target());
    }
    // Pictures are skipped by blocks(...).
  }

  private static void list(ItemList l, SheetWriter w, int timeWidth) {
    if (l.label().isPresent()) {
      w.listLabel(l.label().get());
    }
    boolean spaced = false;
    for (ListItem item : l.items()) {
      for (Inline i : item.content()) {
        spaced |= i instanceof LineBreak;
      }
    }
    int count = l.items().size();
    boolean first = true;
    for (ListItem item : l.items()) {
      if (spaced && !first) {
        w.gap();
      }
      first = false;
      switch (l.kind()) {
        case BULLETED -> w.item(0, count);
        case NUMBERED -> w.item(Integer.parseInt(item.marker()), count);
        case TIMED -> w.timed(item.marker(), timeWidth);
      }
      inline(item.content(), w);
      w.end();
    }
  }

  private static void inline(List<Inline> content, SheetWriter w) {
    for (Inline i : content) {
      if (i instanceof Text t) {
        text(t, w);
      } else if (i instanceof LineBreak) {
        w.lineBreak();
      } else if (i instanceof Link l) {
        w.link(l.uri());
      }
    }
  }

  private static void text(Text t, SheetWriter w) {
    boolean sheet = t.origin() == Origin.SHEET;
    Style style = t.style();
    if (style == Style.QUOTED) {
      if (sheet) {
        w.quoted(t.text());
      } else {
        w.quotedData(t.text());
      }
    } else if (style == Style.STRONG) {
      if (sheet) {
        w.strong(t.text());
      } else {
        w.strongData(t.text());
      }
    } else if (sheet) {
      w.text(t.text());
    } else if (style == Style.UNBROKEN) {
      w.dataUnbroken(t.text());
    } else {
      w.data(t.text());
    }
  }

  /**
   * {@return a buffer for the document's sheet} Its capacity is the document's text, plus room
   * for each block's layout, times {@code factor}. A Unicode sheet holds box-drawing characters
   * from its first line on, so its buffer starts as UTF-16 rather than being inflated (copied)
   * from Latin-1 when the first such character arrives.
   *
   * @param d the document
   * @param ascii whether the sheet is ASCII only
   * @param factor how much of the estimate the output takes: less than 1 for Markdown
   */
  static StringBuilder buffer(SheetDocument d, boolean ascii, double factor) {
    int capacity = capacity(d, factor);
    if (ascii) {
      return new StringBuilder(capacity);
    }
    StringBuilder b = new StringBuilder(1).append('\u2500');
    b.setLength(0);
    b.ensureCapacity(capacity);
    return b;
  }

  /**
   * {@return the chars a buffer for the document's sheet starts with: the document's text, plus
   * room for each block's layout, times {@code factor}}
   *
   * @param d the document
   * @param factor how much of the estimate the output takes: less than 1 for Markdown
   */
  private static int capacity(SheetDocument d, double factor) {
    long chars = 3L * d.title().length() + size(d.blocks());
    return (int) Math.min(Integer.MAX_VALUE - 16, (long) (chars * 1.25 * factor) + 256);
  }

  private static long size(List<Block> blocks) {
    long n = 0;
    for (Block b : blocks) {
      n += 24;
      if (b instanceof Section s) {
        n += 2L * s.heading().length() + size(s.blocks());
      } else if (b instanceof ExerciseSection e) {
        n += 2L * e.name().length() + size(e.blocks());
      } else if (b instanceof Subheading h) {
        n += h.text().length();
      } else if (b instanceof Paragraph p) {
        n += p.label().map(String::length).orElse(0) + textSize(p.content());
      } else if (b instanceof DoseLine l) {
        n += l.label().length() + textSize(l.content());
      } else if (b instanceof ItemList l) {
        n += l.label().map(String::length).orElse(0);
        for (ListItem item : l.items()) {
          n += 8 + item.marker().length() + textSize(item.content());
        }
      } else if (b instanceof Quotation q) {
        n += textSize(q.content());
      } else if (b instanceof PersonalDetails d) {
        for (PersonalDetails.Detail detail : d.details()) {
          n += 8 + detail.label().length() + detail.value().text().length();
        }
      } else if (b instanceof QrLink q) {
        n += 2L * q.target().toString().length();
      } else if (b instanceof TrackingGrid g) {
        for (String row : g.rows()) {
          n += 2L * (row.length() + 8L * g.days() + 8);
        }
      }
    }
    return n;
  }

  private static long textSize(List<Inline> content) {
    long n = 0;
    for (Inline i : content) {
      if (i instanceof Text t) {
        n += t.text().length() + t.text().length() / 12;
      } else if (i instanceof Link l) {
        n += 2L * l.uri().toString().length();
      } else {
        n += 8;
      }
    }
    return n;
  }

  /** {@return the width of the widest time of the document's timed lists, 0 if it has none} */
  private static int timeWidth(List<Block> blocks) {
    int widest = 0;
    for (Block b : blocks) {
      if (b instanceof ItemList l && l.kind() == ListKind.TIMED) {
        for (ListItem item : l.items()) {
          widest = Math.max(widest, item.marker().length());
        }
      } else if (b instanceof Section s) {
        widest = Math.max(widest, timeWidth(s.blocks()));
      } else if (b instanceof ExerciseSection e) {
        widest = Math.max(widest, timeWidth(e.blocks()));
      }
    }
    return widest;
  }
}
