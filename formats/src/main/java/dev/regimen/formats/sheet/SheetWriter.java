package dev.regimen.formats.sheet;

import java.net.URI;
import java.util.List;

/**
 * The building blocks of a sheet, written in one output format. {@link SheetComposer} decides
 * what a sheet says and in which order and calls these; a subclass decides how it looks. One
 * instance writes one sheet: not thread-safe.
 *
 * <p>Inline text comes in two kinds: {@link #text(CharSequence)} is the sheet's own wording,
 * written as it is; {@link #data(CharSequence)} is text from the protocol, which the writer makes
 * safe (no control or bidirectional-override characters, escaped where the format needs it).
 * Inside a block, a space in either kind is where a line may break; {@code \u00A0} in the sheet's
 * own wording is a space where no line may break.
 */
abstract class SheetWriter {
  /**
   * Writes the document's title.
   *
   * @param title the protocol's title
   */
  abstract void title(CharSequence title);

  /**
   * Writes a section heading.
   *
   * @param heading the sheet's own wording, in sentence case
   */
  abstract void section(String heading);

  /**
   * Opens the safety section, which stands out from the rest of the sheet.
   *
   * @param heading the sheet's own wording, in sentence case
   */
  abstract void beginSafety(String heading);

  /** Closes the safety section. */
  abstract void endSafety();

  /**
   * Writes a heading inside a section, such as a group of safety notices.
   *
   * @param heading the sheet's own wording, in sentence case
   */
  abstract void subsection(String heading);

  /**
   * Writes an exercise's heading.
   *
   * @param number the exercise's number, from 1
   * @param name its name, from the protocol
   */
  abstract void exercise(int number, CharSequence name);

  /**
   * Writes a small heading that introduces a list, such as "Steps:".
   *
   * @param label the sheet's own wording, with its colon
   */
  abstract void listLabel(String label);

  /** Opens a paragraph. */
  abstract void paragraph();

  /**
   * Opens a paragraph that starts with a label, such as "Starting position: ".
   *
   * @param label the sheet's own wording, without the colon
   */
  abstract void labelled(String label);

  /**
   * Opens a list item.
   *
   * @param number the item's number from 1, or 0 for a bulleted item
   * @param count how many items the numbered list has, to align the numbers; ignored for a
   *     bulleted item
   */
  abstract void item(int number, int count);

  /**
   * Opens a line of a timed script that starts with a time, such as {@code 1:05}; what follows is
   * the line's text, its continuation lines (where the format wraps them) aligned after the time.
   *
   * @param time the time, the sheet's own wording
   * @param width the width of the widest time of the script, to align the times on the right
   */
  abstract void timed(String time, int width);

  /** Opens a quotation. */
  abstract void quotation();

  /** Ends the current line of the open block; the block goes on on the next line. */
  abstract void lineBreak();

  /** Closes the open block. */
  abstract void end();

  /** Asks for a blank line before the next block, where the format shows one. */
  abstract void gap();

  /**
   * Writes the sheet's own wording inside the open block.
   *
   * @param text the wording
   */
  abstract void text(CharSequence text);

  /**
   * Writes text from the protocol inside the open block, made safe.
   *
   * @param text the protocol's text
   */
  abstract void data(CharSequence text);

  /**
   * Writes the sheet's own wording in quotation marks, such as the name of a section it refers
   * to; the output chooses the marks.
   *
   * @param text the wording
   */
  abstract void quoted(CharSequence text);

  /**
   * Writes text from the protocol in quotation marks, made safe, such as an expert's words; the
   * output chooses the marks.
   *
   * @param text the protocol's text
   */
  abstract void quotedData(CharSequence text);

  /**
   * Writes a number, in the sheet's own wording, inside the open block.
   *
   * @param n the number
   */
  abstract void number(int n);

  /**
   * Writes text from the protocol inside the open block, made safe, its first letter upper-cased:
   * for protocol text that starts a list item.
   *
   * @param text the protocol's text
   */
  abstract void dataCapitalized(CharSequence text);

  /**
   * Writes text from the protocol inside the open block, made safe, without a line break inside
   * it where that can be helped: for short texts such as a person's name.
   *
   * @param text the protocol's text
   */
  abstract void dataUnbroken(CharSequence text);

  /**
   * Writes the sheet's own wording, emphasised, inside the open block.
   *
   * @param text the wording
   */
  abstract void strong(CharSequence text);

  /**
   * Writes text from the protocol, emphasised, inside the open block.
   *
   * @param text the protocol's text
   */
  abstract void strongData(CharSequence text);

  /**
   * Writes a link inside the open block.
   *
   * @param uri the link
   */
  abstract void link(URI uri);

  /**
   * Writes the tracking grid: a row per exercise, a column per day, and when asked a last row for
   * the day's pain score, labelled "Pain (0–10)", its cells left empty.
   *
   * @param rows the exercise names, in order
   * @param days the number of days
   * @param painScore whether the grid has the pain score's row
   */
  abstract void grid(List<? extends CharSequence> rows, int days, boolean painScore);

  /**
   * Writes the details of the person the sheet is for, as the sheet's header: right after the
   * title, before any section. Each value is the caller's text, which the writer makes safe as it
   * does the protocol's.
   *
   * @param labels what each detail is, the sheet's wording without a colon, such as "Patient"
   * @param values the details, as many as the labels, in the same order
   */
  abstract void details(List<String> labels, List<? extends CharSequence> values);

  /**
   * Writes a web address the caller gave, as a block of its own: with its QR code where the
   * format draws, in words where it does not.
   *
   * @param target the address, {@code http} or {@code https}, at most as long as a {@link
   *     dev.regimen.formats.sheet.qr.QrCode} holds
   */
  abstract void qrCode(URI target);

  /** Finishes the sheet: the output ends with exactly one newline. */
  abstract void finish();
}
