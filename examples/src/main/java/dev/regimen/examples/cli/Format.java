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

  /**
   * The formats one command takes, as picocli's converter and completion candidates both: each
   * command's list is one subclass, so the lists cannot drift apart from their parsing.
   */
  abstract static class Choice implements ITypeConverter<Format>, Iterable<String> {
    private final List<Format> allowed;

    Choice(Format... allowed) {
      this.allowed = List.of(allowed);
    }

    @Override
    public Format convert(String value) {
      return parse(value, allowed);
    }

    @Override
    public Iterator<String> iterator() {
      return allowed.stream().map(Format::toString).iterator();
    }
  }

  /** What {@code --format} of {@code regimen sheet} takes: text, markdown, html or pdf. */
  static final class Sheet extends Choice {
    Sheet() {
      super(TEXT, MARKDOWN, HTML, PDF);
    }
  }

  /** What {@code --format} of {@code regimen plan} takes: json, text, markdown, html or pdf. */
  static final class Plan extends Choice {
    Plan() {
      super(JSON, TEXT, MARKDOWN, HTML, PDF);
    }
  }

  /**
   * What {@code --format} of {@code regimen screen} takes: json, text, markdown, html, pdf, fhir
   * or fhir-xml.
   */
  static final class Screen extends Choice {
    Screen() {
      super(JSON, TEXT, MARKDOWN, HTML, PDF, FHIR, FHIR_XML);
    }
  }

  /**
   * What {@code --format} of {@code regimen export} takes: json, text, markdown, html, fhir or
   * fhir-xml.
   */
  static final class Export extends Choice {
    Export() {
      super(JSON, TEXT, MARKDOWN, HTML, FHIR, FHIR_XML);
    }
  }
}
