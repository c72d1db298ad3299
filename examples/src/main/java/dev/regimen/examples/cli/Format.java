package dev.regimen.examples.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The formats a protocol, a screening report or a session plan can be printed or exported in; the
 * command names them in lowercase.
 */
enum Format {
  /** Regimen JSON: the document of a protocol, a screening report or a session plan. */
  JSON,
  /** A plain-text sheet, wrapped to a width. */
  TEXT,
  /** A Markdown sheet. */
  MARKDOWN,
  /** An HTML sheet: one self-contained page, to open in a browser or print. */
  HTML,
  /** A PDF handout (PDF/UA-1 and PDF/A-2a, fonts embedded), made from the HTML sheet; to a file only. */
  PDF,
  /** FHIR R4 JSON: a protocol's definitions Bundle, or a screening's CarePlan Bundle. */
  FHIR,
  /** FHIR R4 XML, the same Bundles. */
  FHIR_XML;

  /** {@return the name the command uses: json, text, markdown, html, pdf, fhir or fhir-xml} */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return whether this is a FHIR format} */
  boolean isFhir() {
    return this == FHIR || this == FHIR_XML;
  }

  private static Format parse(String value, List<Format> allowed) {
    for (Format format : allowed) {
      if (format.toString().equalsIgnoreCase(value)) {
        return format;
      }
    }
    throw new TypeConversionException(
        "expected " + names(allowed) + ", was '" + ConsoleText.clean(value) + "'");
  }

  /** {@return such as "json, text or markdown"} */
  private static String names(List<Format> formats) {
    List<String> names = formats.stream().map(Format::toString).collect(Collectors.toList());
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** What {@code --format} of {@code regimen sheet} takes: text, markdown, html or pdf. */
  static final class Sheet implements ITypeConverter<Format>, Iterable<String> {
    private static final List<Format> ALLOWED = List.of(TEXT, MARKDOWN, HTML, PDF);

    @Override
    public Format convert(String value) {
      return parse(value, ALLOWED);
    }

    @Override
    public Iterator<String> iterator() {
      return ALLOWED.stream().map(Format::toString).iterator();
    }
  }

  /** What {@code --format} of {@code regimen plan} takes: json, text, markdown or html. */
  static final class Any implements ITypeConverter<Format>, Iterable<String> {
    private static final List<Format> ALLOWED = List.of(JSON, TEXT, MARKDOWN, HTML);

    @Override
    public Format convert(String value) {
      return parse(value, ALLOWED);
    }

    @Override
    public Iterator<String> iterator() {
      return ALLOWED.stream().map(Format::toString).iterator();
    }
  }

  /**
   * What {@code --format} of {@code regimen export} and {@code screen} takes: json, text,
   * markdown, html, fhir or fhir-xml.
   */
  static final class WithFhir implements ITypeConverter<Format>, Iterable<String> {
    private static final List<Format> ALLOWED = List.of(JSON, TEXT, MARKDOWN, HTML, FHIR, FHIR_XML);

    @Override
    public Format convert(String value) {
      return parse(value, ALLOWED);
    }

    @Override
    public Iterator<String> iterator() {
      return ALLOWED.stream().map(Format::toString).iterator();
    }
  }
}
