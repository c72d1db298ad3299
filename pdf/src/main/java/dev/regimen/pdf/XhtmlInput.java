package dev.regimen.pdf;

import com.openhtmltopdf.resource.FSEntityResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a handout's XHTML into a DOM the renderer may use, and fits it to the options.
 *
 * <p>Parsing never reaches outside: the XHTML 1.x DTDs (by public identifier) are read as
 * openhtmltopdf's copy of XHTML's character entities, any other external DTD or parameter entity
 * is refused, external general entities are not read at all, and the JDK's secure processing
 * limits entity expansion. Errors are fatal and name their line and
 * column.
 *
 * <p>{@link #prepare} then checks what an accessible PDF needs and cannot be had from the renderer
 * (a title, a language, alternative text for every picture, no content the renderer would drop in
 * silence) and writes the options into the document: its language, title, subject and author, the
 * paper size and, for large print, the type sizes, in a stylesheet after the document's own.
 */
final class XhtmlInput {
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String XML = XMLConstants.XML_NS_URI;

  /** Elements openhtmltopdf would leave out of the PDF without a word (or fetch from elsewhere). */
  private static final List<String> UNSUPPORTED =
      List.of("svg", "math", "object", "embed", "iframe", "video", "audio", "canvas", "picture");

  /** The margin boxes of a page (CSS Paged Media), where running headers and footers go. */
  private static final List<String> MARGIN_BOXES =
      List.of(
          "top-left-corner", "top-left", "top-center", "top-right", "top-right-corner",
          "bottom-left-corner", "bottom-left", "bottom-center", "bottom-right", "bottom-right-corner",
          "left-top", "left-middle", "left-bottom", "right-top", "right-middle", "right-bottom");

  private XhtmlInput() {}

  /**
   * Parses well-formed XHTML.
   *
   * @throws PdfHandoutException if it is not well-formed or not XHTML
   */
  static Document parse(String xhtml) {
    DocumentBuilder builder = newBuilder();
    Document document;
    try {
      document = builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXParseException e) {
      throw new PdfHandoutException(
          "the handout is not well-formed XHTML: line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage(),
          e);
    } catch (SAXException | IOException e) {
      throw new PdfHandoutException("the handout cannot be read: " + e.getMessage(), e);
    }
    Element root = document.getDocumentElement();
    if (!"html".equals(root.getLocalName()) || !XHTML.equals(root.getNamespaceURI())) {
      throw new PdfHandoutException(
          "the handout is not XHTML: its root element is "
              + describe(root)
              + ", not an html element in the namespace "
              + XHTML);
    }
    return document;
  }

  /**
   * Checks a parsed handout and writes the options into it.
   *
   * @throws PdfHandoutException if the handout lacks what an accessible PDF needs
   */
  static void prepare(Document document, PdfOptions options) {
    Element html = document.getDocumentElement();
    Element body = child(html, "body").orElse(null);
    if (body == null) {
      throw new PdfHandoutException("the handout has no body element");
    }
    Element head =
        child(html, "head")
            .orElseGet(
                () -> {
                  Element made = document.createElementNS(XHTML, "head");
                  html.insertBefore(made, html.getFirstChild());
                  return made;
                });

    List<String> problems = new ArrayList<>();
    checkContent(html, problems);
    String language = language(html, options, problems);
    String title = title(head, options, problems);
    if (!problems.isEmpty()) {
      throw new PdfHandoutException(
          problems.size() == 1
              ? problems.get(0)
              : problems.size() + " problems: " + String.join("; ", problems));
    }

    html.setAttribute("lang", language);
    html.setAttributeNS(XML, "xml:lang", language);
    setTitle(document, head, title);
    Optional<String> subject = options.subject().or(() -> meta(head, "subject")).or(() -> meta(head, "description"));
    subject.ifPresent(text -> setMeta(document, head, "subject", text));
    options.author().ifPresent(text -> setMeta(document, head, "author", text));

    Element style = document.createElementNS(XHTML, "style");
    style.setAttribute("type", "text/css");
    style.setTextContent(stylesheet(options));
    head.appendChild(style);
  }

  /** The rules that the options add after the handout's own stylesheets. */
  static String stylesheet(PdfOptions options) {
    StringBuilder css = new StringBuilder(400);
    css.append("@page { size: ").append(options.paper().cssSize()).append("; }\n");
    // openhtmltopdf moves a floated box out of its place in the structure tree, to the end of the
    // document, where a screen reader would read it last: floats (such as the pictures beside an
    // exercise's text in HtmlSheet's print style sheet) stay in the flow.
    css.append("html, html * { float: none !important; }\n");
    if (options.largePrint()) {
      css.append("body, body * { font-size: 14pt !important; line-height: 1.35 !important; }\n")
          .append("html body ol, html body ul { padding-left: 2.2em !important; }\n")
          .append("html body h1 { font-size: 22pt !important; }\n")
          .append("html body h2 { font-size: 18pt !important; }\n")
          .append("html body h3 { font-size: 16pt !important; }\n")
          .append("html body h4, html body h5, html body h6 { font-size: 15pt !important; }\n")
          .append("@page {");
      for (String box : MARGIN_BOXES) {
        css.append(" @").append(box).append(" { font-size: 14pt !important; }");
      }
      css.append(" }\n");
    }
    return css.toString();
  }

  /**
   * Makes the document's pages one column of {@code layout} each: that wide and tall, without
   * margins, the columns laid out as one. {@link ColumnPages} then puts them side by side.
   */
  static void addColumnPages(Document document, ColumnPages.Layout layout) {
    Element head = child(document.getDocumentElement(), "head").orElseThrow();
    Element style = document.createElementNS(XHTML, "style");
    style.setAttribute("type", "text/css");
    style.setTextContent(
        String.format(
            Locale.ROOT,
            "@page { size: %.3fpt %.3fpt !important; margin: 0 !important; }%n"
                + "html, html * { column-count: auto !important; }%n",
            layout.columnWidth(),
            layout.columnHeight()));
    head.appendChild(style);
  }

  private static void checkContent(Element html, List<String> problems) {
    List<String> withoutAlt = new ArrayList<>();
    List<String> withoutSource = new ArrayList<>();
    NodeList images = html.getElementsByTagNameNS(XHTML, "img");
    for (int i = 0; i < images.getLength(); i++) {
      Element image = (Element) images.item(i);
      String src = image.getAttribute("src").strip();
      if (src.isEmpty()) {
        withoutSource.add("picture " + (i + 1));
      } else if (image.getAttribute("alt").isBlank()) {
        withoutAlt.add("'" + shorten(src) + "'");
      }
    }
    if (!withoutSource.isEmpty()) {
      problems.add(
          "a picture needs an address (src): " + String.join(", ", withoutSource) + " has none");
    }
    if (!withoutAlt.isEmpty()) {
      problems.add(
          (withoutAlt.size() == 1 ? "a picture has" : withoutAlt.size() + " pictures have")
              + " no alternative text (alt): "
              + String.join(", ", withoutAlt)
              + "; every picture in an accessible PDF needs one (PDF/UA-1, ISO 14289-1, 7.3)");
    }
    for (String name : UNSUPPORTED) {
      int count = html.getElementsByTagNameNS("*", name).getLength();
      if (count > 0) {
        problems.add(
            "the handout has "
                + (count == 1 ? "a " + name + " element" : count + " " + name + " elements")
                + ", which the PDF cannot show; give pictures as PNG, JPEG or GIF in an img element"
                + " with alternative text");
      }
    }
  }

  private static String language(Element html, PdfOptions options, List<String> problems) {
    if (options.language().isPresent()) {
      return options.language().get().toLanguageTag();
    }
    String tag = html.getAttribute("lang").strip();
    if (tag.isEmpty()) {
      tag = html.getAttributeNS(XML, "lang").strip();
    }
    if (tag.isEmpty()) {
      problems.add(
          "the handout has no language: give its html element a lang attribute, or set"
              + " PdfOptions.withLanguage");
      return "";
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (locale.getLanguage().isEmpty()) {
        throw new IllformedLocaleException("names no language");
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      problems.add("the handout's language '" + shorten(tag) + "' is not a language tag (BCP 47)");
      return "";
    }
  }

  private static String title(Element head, PdfOptions options, List<String> problems) {
    if (options.title().isPresent()) {
      return options.title().get();
    }
    String title = child(head, "title").map(t -> t.getTextContent().strip()).orElse("");
    if (title.isEmpty()) {
      problems.add(
          "the handout has no title: give its head a title element, or set PdfOptions.withTitle");
    }
    return title;
  }

  private static void setTitle(Document document, Element head, String text) {
    Element title =
        child(head, "title")
            .orElseGet(
                () -> {
                  Element made = document.createElementNS(XHTML, "title");
                  head.insertBefore(made, head.getFirstChild());
                  return made;
                });
    title.setTextContent(text);
  }

  private static Optional<String> meta(Element head, String name) {
    NodeList metas = head.getElementsByTagNameNS(XHTML, "meta");
    for (int i = 0; i < metas.getLength(); i++) {
      Element meta = (Element) metas.item(i);
      if (name.equalsIgnoreCase(meta.getAttribute("name")) && !meta.getAttribute("content").isBlank()) {
        return Optional.of(meta.getAttribute("content").strip());
      }
    }
    return Optional.empty();
  }

  private static void setMeta(Document document, Element head, String name, String content) {
    NodeList metas = head.getElementsByTagNameNS(XHTML, "meta");
    for (int i = metas.getLength() - 1; i >= 0; i--) {
      Element meta = (Element) metas.item(i);
      if (name.equalsIgnoreCase(meta.getAttribute("name"))) {
        meta.getParentNode().removeChild(meta);
      }
    }
    Element meta = document.createElementNS(XHTML, "meta");
    meta.setAttribute("name", name);
    meta.setAttribute("content", content);
    head.appendChild(meta);
  }

  private static Optional<Element> child(Element parent, String localName) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element
          && localName.equals(node.getLocalName())
          && XHTML.equals(node.getNamespaceURI())) {
        return Optional.of((Element) node);
      }
    }
    return Optional.empty();
  }

  private static String describe(Element element) {
    return element.getNamespaceURI() == null
        ? "'" + element.getTagName() + "' in no namespace"
        : "'" + element.getLocalName() + "' in the namespace " + element.getNamespaceURI();
  }

  static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver(LocalDtds.INSTANCE);
      builder.setErrorHandler(FailOnError.INSTANCE);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("this JDK's XML parser cannot be configured securely", e);
    }
  }

  /**
   * The XHTML 1.x DTDs, by public identifier, read as the declarations of XHTML's character
   * entities that openhtmltopdf ships ({@code &nbsp;}, {@code &mdash;} and the rest); the element
   * declarations are not needed by a parser that does not validate. Any other external DTD or
   * entity is refused: read as empty, it would make the entities it declares vanish in silence.
   */
  private enum LocalDtds implements EntityResolver {
    INSTANCE;

    private static final String ENTITIES = "/resources/schema/openhtmltopdf/char-entities-xhtml-only.ent";

    private static final List<String> XHTML_DTDS =
        List.of(
            "-//W3C//DTD XHTML 1.0 Strict//EN",
            "-//W3C//DTD XHTML 1.0 Transitional//EN",
            "-//W3C//DTD XHTML 1.0 Frameset//EN",
            "-//W3C//DTD XHTML 1.1//EN",
            "-//W3C//DTD XHTML Basic 1.1//EN",
            "-//OPENHTMLTOPDF//DOC XHTML Character Entities Only 1.0//EN");

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException, IOException {
      if (publicId == null || !XHTML_DTDS.contains(publicId)) {
        throw new SAXException(
            "the handout refers to the DTD or entity "
                + (publicId == null ? "" : "'" + publicId + "' ")
                + "at '"
                + systemId
                + "', which is not read: use <!DOCTYPE html>, or the DOCTYPE of XHTML 1.0 or 1.1");
      }
      try (InputStream in = FSEntityResolver.class.getResourceAsStream(ENTITIES)) {
        if (in == null) {
          throw new IOException("openhtmltopdf's jar has no " + ENTITIES);
        }
        InputSource local = new InputSource(new ByteArrayInputStream(in.readAllBytes()));
        local.setPublicId(publicId);
        return local;
      }
    }
  }

  /** Every error is fatal: a handout is either well-formed or refused. */
  private enum FailOnError implements ErrorHandler {
    INSTANCE;

    @Override
    public void warning(SAXParseException e) {
      // A warning does not make the document wrong.
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
