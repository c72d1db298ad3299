package dev.regimen.benchmarks.sheet;

import dev.regimen.benchmarks.Corpus;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.SheetDocuments;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import dev.regimen.formats.sheet.document.SheetDocument;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text and Markdown sheets with the default options, each against its floor: appending the
 * finished sheet's lines to a builder of the sheet's size and making the string, the least any
 * renderer of that output does. Every output renders the sheet's tree, so the run also splits a
 * text sheet into its two halves, building the tree ({@link #tree()}) and laying it out ({@link
 * #textOfTree()}), and measures the HTML page of the same protocol ({@link #html()}) against the
 * text sheet. Run with {@code -prof gc} for the bytes allocated per sheet. The setup checks that
 * each floor makes the same string as its renderer, and that the text of the tree is the text
 * sheet. The floors, a few lines each, warm up in three iterations; the renderers get six.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SheetBenchmark {
  /** The protocol: the bundled L5-S1 routine or a synthetic one of that many entries. */
  @Param({Corpus.L5_S1, "10", "100", "1000", "10000"})
  public String protocol;

  private Protocol model;
  private final TextSheet text = TextSheet.defaults();
  private final MarkdownSheet markdown = MarkdownSheet.defaults();
  private final HtmlSheet page = HtmlSheet.defaults();
  private SheetDocument document;
  private String[] textLines;
  private int textLength;
  private String[] markdownLines;
  private int markdownLength;

  /**
   * Builds the protocol and renders both sheets once, for the floors.
   *
   * @throws IllegalStateException if a floor does not make its renderer's string
   */
  @Setup
  public void setUp() {
    model = Corpus.protocol(protocol);
    String t = text.render(model);
    textLines = t.split("\n", -1);
    textLength = t.length();
    String m = markdown.render(model);
    markdownLines = m.split("\n", -1);
    markdownLength = m.length();
    if (!textFloor().equals(t) || !markdownFloor().equals(m)) {
      throw new IllegalStateException("a floor does not make its renderer's sheet");
    }
    document = tree();
    if (!textOfTree().equals(t)) {
      throw new IllegalStateException("the text of the tree is not the text sheet");
    }
  }

  /** {@return the text sheet} */
  @Benchmark
  public String text() {
    return text.render(model);
  }

  /** {@return the tree of the sheet, which every output renders} */
  @Benchmark
  public SheetDocument tree() {
    return SheetDocuments.of(model, SheetOptions.defaults());
  }

  /** {@return the text sheet of the tree built once: the text output's own share} */
  @Benchmark
  public String textOfTree() {
    return text.render(document);
  }

  /** {@return the HTML page of the same protocol, no pictures} */
  @Benchmark
  public String html() {
    return page.render(model);
  }

  /** {@return the Markdown sheet} */
  @Benchmark
  public String markdown() {
    return markdown.render(model);
  }

  /** {@return the text sheet, from its lines} */
  @Benchmark
  @Warmup(iterations = 3, time = 1)
  public String textFloor() {
    return join(textLines, textLength);
  }

  /** {@return the Markdown sheet, from its lines} */
  @Benchmark
  @Warmup(iterations = 3, time = 1)
  public String markdownFloor() {
    return join(markdownLines, markdownLength);
  }

  private static String join(String[] lines, int length) {
    StringBuilder out = new StringBuilder(length);
    out.append(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      out.append('\n').append(lines[i]);
    }
    return out.toString();
  }
}
