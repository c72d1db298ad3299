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
import dev.regimen.formats.sheet.document.Picture;
import dev.regimen.formats.sheet.document.Pictures;
import dev.regimen.formats.sheet.document.QrLink;
import dev.regimen.formats.sheet.document.Quotation;
import dev.regimen.formats.sheet.document.Section;
import dev.regimen.formats.sheet.document.SectionKind;
import dev.regimen.formats.sheet.document.SheetDocument;
import dev.regimen.formats.sheet.document.SheetKind;
import dev.regimen.formats.sheet.document.Style;
import dev.regimen.formats.sheet.document.Subheading;
import dev.regimen.formats.sheet.document.Text;
import dev.regimen.formats.sheet.document.TrackingGrid;
import dev.regimen.formats.sheet.qr.QrCode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records what a composer writes as a {@link SheetDocument}: the events of {@link SheetWriter}
 * become the blocks and inline content of the tree. Not thread-safe; one instance records one
 * sheet.
 *
 * <p>How events become blocks: {@code section} and {@code beginSafety} open a {@link Section}
 * (general or the safety callout) that lasts until the next one, {@code endSafety} or the end;
 * {@code exercise} opens an {@link ExerciseSection} that lasts until the next exercise,
 * subheading or section, and holds the exercise's {@link Pictures} first; consecutive items of one
 * kind make one {@link ItemList} (a numbered item 1 starts a new one), which takes the label
 * written just before it; a labelled paragraph whose label is one of the dose's ("How much", "How
 * often", "How hard", in the wording's language) is a {@link DoseLine}; {@code details} is a {@link PersonalDetails} (its
 * values of {@link Origin#CALLER}) and {@code qrCode} a {@link QrLink}, each where it is written;
 * {@code gap} is layout and records nothing. The
 * protocol's text is cleaned as it is recorded (see {@link #clean(CharSequence, boolean)}), the
 * sheet's own wording kept as it is; neighbouring runs of the same origin and style are joined.
 */
final class DocumentWriter extends SheetWriter {
  /** The keys of the labels of the lines that give an exercise's dose. */
  static final List<String> DOSE_LABEL_KEYS = List.of("dose.howMuch", "dose.howOften", "dose.howHard");

  /** The labels of those lines in each language, by its tag: read once, not per sheet. */
  private static final Map<String, Set<String>> DOSE_LABELS = readDoseLabels();

  private enum Open {
    NONE,
    PARAGRAPH,
    LABELLED,
    DOSE,
    ITEM,
    QUOTATION
  }

  private final SheetKind kind;
  private final String language;
  private final String wordingLanguage;

  /** The labels of the lines that give an exercise's dose, in the wording's language. */
  private final Set<String> doseLabels;
  private final List<List<Picture>> pictures;
  private final List<Block> top = new ArrayList<>();
  private String title = "";

  private String sectionHeading;
  private SectionKind sectionKind;
  private List<Block> sectionBlocks;

  private int exerciseNumber;
  private String exerciseName;
  private List<Block> exerciseBlocks;

  private ListKind listKind;
  private Optional<String> listLabel = Optional.empty();
  private List<ListItem> listItems;
  private int lastNumber;
  private String pendingLabel;

  private Open open = Open.NONE;
  private String openLabel;
  private String openMarker;
  private final List<Inline> inlines = new ArrayList<>();
  /** The run's first piece, null when there is no run; {@link #run} joins it with the others. */
  private String first;
  private final StringBuilder run = new StringBuilder();
  private Origin runOrigin;
  private Style runStyle;

  private SheetDocument document;

  /**
   * A recorder for one sheet.
   *
   * @param kind what the sheet is of
   * @param language the language of the protocol's text
   * @param pictures the pictures of each exercise, by its number less one; an exercise past the
   *     end has none
   */
  DocumentWriter(
      SheetKind kind, String language, String wordingLanguage, List<List<Picture>> pictures) {
    this.kind = kind;
    this.language = language;
    this.wordingLanguage = wordingLanguage;
    this.pictures = pictures;
    this.doseLabels = DOSE_LABELS.get(SheetWording.of(wordingLanguage).language());
  }

  private static Map<String, Set<String>> readDoseLabels() {
    Map<String, Set<String>> all = new java.util.HashMap<>();
    for (String language : SheetWording.LANGUAGES) {
      SheetWording say = SheetWording.of(language);
      Set<String> labels = new java.util.HashSet<>();
      for (String key : DOSE_LABEL_KEYS) {
        labels.add(say.text(key));
      }
      all.put(language, Set.copyOf(labels));
    }
    return Map.copyOf(all);
  }

  /** {@return the document, once the composer has finished it} */
  SheetDocument document() {
    if (document == null) {
      throw new IllegalStateException("the sheet is not finished");
    }
    return document;
  }

  // ---------------------------------------------------------------- blocks

  @Override
  void title(CharSequence title) {
    this.title = clean(title, false);
  }

  @Override
  void section(String heading) {
    openSection(heading, SectionKind.GENERAL);
  }

  @Override
  void beginSafety(String heading) {
    openSection(heading, SectionKind.SAFETY);
  }

  @Override
  void endSafety() {
    closeSection();
  }

  @Override
  void subsection(String heading) {
    closeExercise();
    add(new Subheading(heading));
  }

  @Override
  void exercise(int number, CharSequence name) {
    closeExercise();
    exerciseNumber = number;
    exerciseName = clean(name, false);
    exerciseBlocks = new ArrayList<>();
    if (number >= 1 && number <= pictures.size() && !pictures.get(number - 1).isEmpty()) {
      exerciseBlocks.add(new Pictures(pictures.get(number - 1)));
    }
  }

  @Override
  void listLabel(String label) {
    closeList();
    flushPendingLabel();
    pendingLabel = label;
  }

  @Override
  void paragraph() {
    openBlock(Open.PARAGRAPH, null);
  }

  @Override
  void labelled(String label) {
    openBlock(doseLabels.contains(label) ? Open.DOSE : Open.LABELLED, label);
  }

  @Override
  void item(int number, int count) {
    ListKind k = number <= 0 ? ListKind.BULLETED : ListKind.NUMBERED;
    openItem(k, number <= 0 ? "" : Integer.toString(number), number);
  }

  @Override
  void timed(String time, int width) {
    openItem(ListKind.TIMED, time, 0);
  }

  @Override
  void quotation() {
    openBlock(Open.QUOTATION, null);
  }

  @Override
  void lineBreak() {
    flushRun();
    if (!inlines.isEmpty() && !(inlines.get(inlines.size() - 1) instanceof LineBreak)) {
      inlines.add(new LineBreak());
    }
  }

  @Override
  void end() {
    flushRun();
    while (!inlines.isEmpty() && inlines.get(inlines.size() - 1) instanceof LineBreak) {
      inlines.remove(inlines.size() - 1);
    }
    List<Inline> content = switch (inlines.size()) {
      // Most blocks hold a run or two: a list of them needs no array.
      case 0 -> List.of();
      case 1 -> List.of(inlines.get(0));
      case 2 -> List.of(inlines.get(0), inlines.get(1));
      default -> List.copyOf(inlines);
    };
    inlines.clear();
    switch (open) {
      case PARAGRAPH -> add(new Paragraph(Optional.empty(), content));
      case LABELLED -> add(new Paragraph(Optional.of(openLabel), content));
      case DOSE -> add(new DoseLine(openLabel, content));
      case QUOTATION -> add(new Quotation(content));
      case ITEM -> listItems.add(new ListItem(openMarker, content));
      case NONE -> {
        // end() with no open block: nothing to close.
      }
    }
    open = Open.NONE;
  }

  @Override
  void gap() {
    // Layout: each output spaces its blocks itself. In a timer script, though, a gap between cues
    // ends a group of them (the end of the session is not one of the last exercise's cues).
    if (listItems != null && listKind == ListKind.TIMED && open == Open.NONE) {
      closeList();
    }
  }

  @Override
  void grid(List<? extends CharSequence> rows, int days, boolean painScore) {
    closeBlock();
    closeList();
    flushPendingLabel();
    List<String> names = new ArrayList<>(rows.size());
    for (CharSequence row : rows) {
      names.add(clean(row, false));
    }
    add(new TrackingGrid(names, days, painScore));
  }

  @Override
  void details(List<String> labels, List<? extends CharSequence> values) {
    closeBlock();
    closeList();
    flushPendingLabel();
    List<PersonalDetails.Detail> details = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      String value = clean(values.get(i), false);
      if (!value.isEmpty()) {
        details.add(
            new PersonalDetails.Detail(labels.get(i), new Text(value, Origin.CALLER, Style.PLAIN)));
      }
    }
    if (!details.isEmpty()) {
      add(new PersonalDetails(details));
    }
  }

  @Override
  void qrCode(URI target) {
    closeBlock();
    closeList();
    flushPendingLabel();
    add(new QrLink(target, QrCode.encode(target.toASCIIString())));
  }

  @Override
  void finish() {
    closeSection();
    document = new SheetDocument(kind, title, language, wordingLanguage, top);
  }

  // ---------------------------------------------------------------- inline content

  @Override
  void text(CharSequence text) {
    append(wording(text), Origin.SHEET, Style.PLAIN);
  }

  @Override
  void data(CharSequence text) {
    append(clean(text, false), Origin.PROTOCOL, Style.PLAIN);
  }

  @Override
  void quoted(CharSequence text) {
    append(wording(text), Origin.SHEET, Style.QUOTED);
  }

  @Override
  void quotedData(CharSequence text) {
    append(clean(text, false), Origin.PROTOCOL, Style.QUOTED);
  }

  @Override
  void number(int n) {
    append(Integer.toString(n), Origin.SHEET, Style.PLAIN);
  }

  @Override
  void dataCapitalized(CharSequence text) {
    append(clean(text, true), Origin.PROTOCOL, Style.PLAIN);
  }

  @Override
  void dataUnbroken(CharSequence text) {
    append(clean(text, false), Origin.PROTOCOL, Style.UNBROKEN);
  }

  @Override
  void strong(CharSequence text) {
    append(wording(text), Origin.SHEET, Style.STRONG);
  }

  @Override
  void strongData(CharSequence text) {
    append(clean(text, false), Origin.PROTOCOL, Style.STRONG);
  }

  @Override
  void link(URI uri) {
    flushRun();
    inlines.add(new Link(uri));
  }

  private void append(String text, Origin origin, Style style) {
    if (text.isEmpty()) {
      return;
    }
    if (first != null && (origin != runOrigin || style != runStyle || style == Style.QUOTED)) {
      flushRun();
    }
    if (first == null) {
      // A run of one piece, the most common, is that piece: it is copied only when joined.
      first = text;
      runOrigin = origin;
      runStyle = style;
      return;
    }
    if (run.length() == 0) {
      run.append(first);
    }
    run.append(text);
  }

  private void flushRun() {
    if (first != null) {
      inlines.add(new Text(run.length() == 0 ? first : run.toString(), runOrigin, runStyle));
      first = null;
      run.setLength(0);
    }
  }

  // ---------------------------------------------------------------- structure

  private void openSection(String heading, SectionKind k) {
    closeSection();
    sectionHeading = heading;
    sectionKind = k;
    sectionBlocks = new ArrayList<>();
  }

  private void closeSection() {
    closeExercise();
    if (sectionBlocks != null) {
      top.add(new Section(sectionHeading, sectionKind, sectionBlocks));
      sectionBlocks = null;
    }
  }

  private void closeExercise() {
    closeBlock();
    closeList();
    flushPendingLabel();
    if (exerciseBlocks != null) {
      List<Block> blocks = exerciseBlocks;
      exerciseBlocks = null;
      add(new ExerciseSection(exerciseNumber, exerciseName, blocks));
    }
  }

  /** Opens a block that is not a list item: the list before it, if any, has ended. */
  private void openBlock(Open kind, String label) {
    closeBlock();
    closeList();
    flushPendingLabel();
    open = kind;
    openLabel = label;
  }

  private void openItem(ListKind k, String marker, int number) {
    closeBlock();
    boolean continues =
        listItems != null
            && listKind == k
            && pendingLabel == null
            && (k != ListKind.NUMBERED || number == lastNumber + 1);
    if (!continues) {
      closeList();
      listKind = k;
      listLabel = Optional.ofNullable(pendingLabel);
      pendingLabel = null;
      listItems = new ArrayList<>();
    }
    lastNumber = number;
    open = Open.ITEM;
    openMarker = marker;
  }

  /** A block left open by a composer that never ended it is ended here, not lost. */
  private void closeBlock() {
    if (open != Open.NONE) {
      end();
    }
  }

  private void closeList() {
    if (listItems != null) {
      List<ListItem> items = listItems;
      listItems = null;
      if (!items.isEmpty()) {
        add(new ItemList(listKind, listLabel, items));
      }
    }
  }

  /** A label with no list after it stands as a paragraph of its own, set in bold. */
  private void flushPendingLabel() {
    if (pendingLabel != null) {
      String label = pendingLabel;
      pendingLabel = null;
      add(new Paragraph(Optional.empty(), List.of(new Text(label, Origin.SHEET, Style.STRONG))));
    }
  }

  /** Adds a block to the innermost open container: the exercise, the section or the document. */
  private void add(Block b) {
    if (exerciseBlocks != null) {
      exerciseBlocks.add(b);
    } else if (sectionBlocks != null) {
      sectionBlocks.add(b);
    } else {
      top.add(b);
    }
  }

  // ---------------------------------------------------------------- cleaning

  /**
   * The sheet's wording as it is, but for what it may carry from the protocol unmarked (the name
   * of a body area the protocol defines reaches {@code text} as wording): control and format
   * characters are removed, a lone surrogate becomes U+FFFD, and every space but a plain or a
   * no-break one becomes a plain space.
   */
  static String wording(CharSequence text) {
    int n = text.length();
    int plain = 0; // printable ASCII and no-break spaces, as nearly all wording is, stay as they are
    while (plain < n) {
      char c = text.charAt(plain);
      if ((c < 0x20 || c >= 0x7F) && c != 0xA0) {
        break;
      }
      plain++;
    }
    if (plain == n) {
      return text.toString();
    }
    StringBuilder b = null;
    for (int i = plain; i < n; ) {
      int cp = Character.codePointAt(text, i);
      int at = i;
      i += Character.charCount(cp);
      int kept = cp == ' ' || cp == 0xA0 ? cp : Chars.clean(cp);
      if (kept == cp) {
        if (b != null) {
          b.appendCodePoint(cp);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(text.length()).append(text, 0, at);
      }
      if (kept == Chars.SPACE) {
        b.append(' ');
      } else if (kept != Chars.DROP) {
        b.appendCodePoint(kept);
      }
    }
    return b == null ? text.toString() : b.toString();
  }

  /**
   * Cleans protocol text as the package documentation states: whitespace runs become one space
   * and are dropped at either end, control and format characters are removed, a lone surrogate
   * becomes U+FFFD.
   *
   * @param capitalize whether the first letter is upper-cased
   */
  static String clean(CharSequence text, boolean capitalize) {
    if (isClean(text, capitalize)) {
      return text.toString();
    }
    StringBuilder b = new StringBuilder(text.length());
    boolean seen = false;
    boolean pending = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      int kept = Chars.clean(cp);
      if (kept == Chars.SPACE) {
        pending = seen;
      } else if (kept != Chars.DROP) {
        if (pending) {
          b.append(' ');
          pending = false;
        }
        b.appendCodePoint(capitalize && !seen ? Chars.capital(kept) : kept);
        seen = true;
      }
    }
    return b.toString();
  }

  /**
   * {@return whether cleaning would leave a text as it is, as it does nearly all protocol text:
   * every character is kept, spaces are single plain spaces between other characters, and the
   * first letter needs no capital} A text with a character outside the BMP is cleaned anyway.
   */
  private static boolean isClean(CharSequence text, boolean capitalize) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ' || text.toString().contains("  ")) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // printable ASCII and single spaces between other characters, as nearly all text is, in one
      // comparison a character
      if ((char) (c - 0x20) < 0x5F) {
        continue;
      }
      if (Character.isSurrogate(c) || Chars.clean(c) != c) {
        return false;
      }
    }
    return !capitalize || Chars.capital(text.charAt(0)) == text.charAt(0);
  }
}
