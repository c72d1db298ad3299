package dev.regimen.formats.sheet.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole sheet as a tree: what it is the sheet of, its title, the language of the protocol's
 * text, the language of the sheet's own wording, and its blocks in reading order. The two
 * languages may differ: a Spanish sheet of a protocol written in English holds the protocol's
 * text ({@link Origin#PROTOCOL}) in English and its own words ({@link Origin#SHEET}) in Spanish. Immutable and thread-safe. Build one for a protocol, a
 * screening report or a session plan with {@link dev.regimen.formats.sheet.SheetDocuments}.
 *
 * @param kind what it is the sheet of
 * @param title its title, the protocol's name, clean
 * @param language the language of the protocol's text, a BCP 47 tag such as {@code en}
 * @param wordingLanguage the language of the sheet's own wording, a BCP 47 tag such as {@code
 *     es}: the language of the {@link dev.regimen.formats.sheet.SheetOptions#locale() options'
 *     locale}
 * @param blocks its blocks: sections, and any block before the first section
 */
public record SheetDocument(
    SheetKind kind, String title, String language, String wordingLanguage, List<Block> blocks) {
  /**
   * Checks the document and copies its blocks.
   *
   * @param kind what it is the sheet of
   * @param title its title, the protocol's name, clean
   * @param language the language of the protocol's text, a BCP 47 tag such as {@code en}
   * @param wordingLanguage the language of the sheet's own wording, a BCP 47 tag such as {@code
   *     es}
   * @param blocks its blocks: sections, and any block before the first section
   * @throws NullPointerException if an argument or a block is null
   */
  public SheetDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(wordingLanguage, "wordingLanguage");
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
  }

  /**
   * A document whose own wording is English, as every sheet's was before sheets were worded in
   * other languages.
   *
   * @param kind what it is the sheet of
   * @param title its title, the protocol's name, clean
   * @param language the language of the protocol's text, a BCP 47 tag such as {@code en}
   * @param blocks its blocks: sections, and any block before the first section
   * @throws NullPointerException if an argument or a block is null
   */
  public SheetDocument(SheetKind kind, String title, String language, List<Block> blocks) {
    this(kind, title, language, "en", blocks);
  }

  /** {@return the sections of the document, in order} */
  public List<Section> sections() {
    List<Section> sections = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Section s) {
        sections.add(s);
      }
    }
    return List.copyOf(sections);
  }

  /** {@return the safety callouts of the document, in order; none on a session plan's sheet} */
  public List<Section> safetySections() {
    List<Section> sections = new ArrayList<>();
    for (Section s : sections()) {
      if (s.isSafety()) {
        sections.add(s);
      }
    }
    return List.copyOf(sections);
  }

  /** {@return every exercise of the document, in order} */
  public List<ExerciseSection> exercises() {
    List<ExerciseSection> exercises = new ArrayList<>();
    for (Block b : blocks) {
      collect(b, exercises);
    }
    return List.copyOf(exercises);
  }

  private static void collect(Block b, List<ExerciseSection> into) {
    if (b instanceof ExerciseSection e) {
      into.add(e);
    } else if (b instanceof Section s) {
      for (Block inner : s.blocks()) {
        collect(inner, into);
      }
    }
  }
}
