package dev.regimen.formats.sheet;

import dev.regimen.core.protocol.Protocol;
import java.io.IOException;

/**
 * Renders a protocol as a printable sheet for a patient: {@link TextSheet} for plain text, {@link
 * MarkdownSheet} for Markdown. Both say the same things in the same order: the title; what the
 * routine is for; the safety notices first (every advisory of the protocol and every
 * contraindication of every exercise, with its severity in words); each exercise, numbered, with
 * its starting position, equipment, steps, dosage in plain words, what to feel, modifications,
 * cautions and quotes; the recommendations and takeaways; a tracking grid; the sources.
 *
 * <p>Implementations are immutable and thread-safe, and their output is deterministic: the same
 * protocol and options give the same characters, ending with a newline. Text from the protocol
 * never brings control characters into the output: see the package documentation.
 */
public interface SheetRenderer {
  /** {@return the options the sheet is laid out with} */
  SheetOptions options();

  /**
   * Renders a protocol.
   *
   * @param protocol the protocol
   * @return the sheet, ending with a newline
   * @throws NullPointerException if {@code protocol} is null
   */
  String render(Protocol protocol);

  /**
   * Renders a protocol and appends the sheet to {@code out}.
   *
   * @param protocol the protocol
   * @param out where to append the sheet
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} throws it
   */
  void render(Protocol protocol, Appendable out) throws IOException;
}
