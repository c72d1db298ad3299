package dev.regimen.examples.cli;

import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.SheetRenderer;
import dev.regimen.formats.sheet.TextSheet;
import dev.regimen.formats.sheet.html.HtmlSheet;
import dev.regimen.formats.sheet.html.PictureResolver;
import dev.regimen.pdf.PdfOptions;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How printed text is laid out: its width, whether it is ASCII only, and whether an HTML sheet is
 * in large print.
 */
final class SheetLayout {
  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "" + SheetOptions.DEFAULT_WIDTH,
      description = "Line width of text output, from " + SheetOptions.MIN_WIDTH + " to "
          + SheetOptions.MAX_WIDTH + " columns (default: ${DEFAULT-VALUE}).")
  private int width;

  @Option(
      names = "--ascii",
      description = "ASCII-only output: for terminals and printers without Unicode.")
  private boolean ascii;

  @Option(
      names = "--large-print",
      description = "Large print, for --format html or pdf: body text of 14 pt or more.")
  private boolean largePrint;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /**
   * {@return the sheet options}
   *
   * @throws ParameterException if the width is out of range
   */
  SheetOptions options() {
    if (width < SheetOptions.MIN_WIDTH || width > SheetOptions.MAX_WIDTH) {
      throw new ParameterException(
          spec.commandLine(),
          "invalid value for option '--width': must be from " + SheetOptions.MIN_WIDTH + " to "
              + SheetOptions.MAX_WIDTH + ", was " + width);
    }
    return SheetOptions.builder().width(width).asciiOnly(ascii).build();
  }

  /**
   * {@return the renderer of a sheet format, laid out by these options}
   *
   * @param format text, markdown, html or pdf (whose renderer is html's, the page PdfHandout reads)
   * @param pictures where an html or pdf sheet finds its pictures (text and Markdown show none)
   * @throws ParameterException if the width is out of range, or large print is asked for a format
   *     other than html or pdf
   */
  SheetRenderer renderer(Format format, PictureResolver pictures) {
    return renderer(format, options(), pictures);
  }

  /**
   * {@return the renderer of a sheet format, laid out by these options, worded in a language, for
   * the person the details are of}
   *
   * @param format text, markdown, html or pdf
   * @param personal the details of the person the sheet is for
   * @param lang the language of the sheet's own words
   * @param pictures where an html or pdf sheet finds its pictures (text and Markdown show none)
   * @throws ParameterException if the width is out of range, large print is asked for a format
   *     other than html or pdf, a detail is wrong or the language is not one sheets are worded in
   */
  SheetRenderer renderer(
      Format format, SheetPersonalisation personal, SheetLanguage lang, PictureResolver pictures) {
    return renderer(format, personal.applyTo(options().withLocale(lang.locale())), pictures);
  }

  /**
   * {@return the renderer of a sheet format, laid out by these options, worded in a language}
   *
   * @param format text, markdown, html or pdf (whose renderer is html's, the page PdfHandout reads)
   * @param lang the language of the sheet's own words
   * @param pictures where an html or pdf sheet finds its pictures (text and Markdown show none)
   * @throws ParameterException if the width is out of range, large print is asked for a format
   *     other than html or pdf, or the language is not one sheets are worded in
   */
  SheetRenderer renderer(Format format, SheetLanguage lang, PictureResolver pictures) {
    return renderer(format, options().withLocale(lang.locale()), pictures);
  }

  private SheetRenderer renderer(Format format, SheetOptions options, PictureResolver pictures) {
    if (largePrint && format != Format.HTML && format != Format.PDF) {
      throw new ParameterException(
          spec.commandLine(),
          "--large-print applies to --format html or pdf only, not to --format " + format);
    }
    switch (format) {
      case HTML:
      case PDF:
        return HtmlSheet.of(options).withLargePrint(largePrint).withPictures(pictures);
      case MARKDOWN:
        return MarkdownSheet.of(options);
      case TEXT:
        return TextSheet.of(options);
      default:
        throw new IllegalArgumentException("not a sheet format: " + format);
    }
  }

  /** {@return the options of a PDF handout: A4, in large print when asked} */
  PdfOptions pdfOptions() {
    return PdfOptions.defaults().withLargePrint(largePrint);
  }
}
