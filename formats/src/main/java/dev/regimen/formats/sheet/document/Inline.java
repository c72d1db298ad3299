package dev.regimen.formats.sheet.document;

import java.util.List;
import java.util.Objects;

/** A piece of a block's content: {@link Text}, a {@link LineBreak} or a {@link Link}. */
public sealed interface Inline permits Text, LineBreak, Link {
  /**
   * The text a reader sees of some inline content: the texts in order, a line break as a newline,
   * a link as its address.
   *
   * @param content the content
   * @return its text
   * @throws NullPointerException if {@code content} is null
   */
  static String plainText(List<? extends Inline> content) {
    Objects.requireNonNull(content, "content");
    StringBuilder b = new StringBuilder();
    for (Inline i : content) {
      if (i instanceof Text t) {
        b.append(t.text());
      } else if (i instanceof LineBreak) {
        b.append('\n');
      } else if (i instanceof Link l) {
        b.append(l.uri().toASCIIString());
      }
    }
    return b.toString();
  }
}
