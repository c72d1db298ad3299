package dev.regimen.formats.sheet;

import static dev.regimen.formats.sheet.SheetReading.expected;
import static dev.regimen.formats.sheet.SheetReading.squeezed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.testing.Generators;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The HTML sheet over generated protocols and reports, read back as XML (it is polyglot XHTML). */
class HtmlSheetPropertyTest {
  private static final int EXAMPLES = 150;

  static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static Gen<Protocol> protocols() {
    Gen<Protocol> plain = Generators.protocols();
    return in -> {
      Protocol p = plain.generate(in);
      return integers().between(0, 1).generate(in) == 0 ? p : ProtocolTexts.map(p, ProtocolTexts::hostile);
    };
  }

  /**
   * {@return the page parsed as XML, namespaces on, nothing external loaded}
   *
   * @throws AssertionError if it is not well-formed XML
   */
  static Document parse(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new InputSource(new StringReader(html)));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + html, e);
    }
  }

  /** {@return the text of the page's safety callouts, whitespace removed} */
  static String safetyText(Document page) {
    StringBuilder b = new StringBuilder();
    NodeList sections = page.getElementsByTagNameNS(XHTML, "section");
    for (int i = 0; i < sections.getLength(); i++) {
      Element s = (Element) sections.item(i);
      if (s.getAttribute("class").equals("safety")) {
        b.append(s.getTextContent());
      }
    }
    return squeezed(b);
  }

  @Test
  void everyAdvisoryContraindicationAndCautionReachesTheSafetyCalloutOfTheHtmlSheet() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols(), booleans().all(), booleans().all())
        .checkAssert(
            (p, ascii, large) -> {
              String html =
                  HtmlSheet.of(SheetOptions.builder().asciiOnly(ascii).build()).withLargePrint(large).render(p);
              Document page = parse(html);
              String safety = safetyText(page);
              for (String text : SafetyTexts.of(p)) {
                assertThat(safety).contains(expected(text));
              }
              // The callout comes first in main.
              if (SafetyTexts.any(p)) {
                Element main = (Element) page.getElementsByTagNameNS(XHTML, "main").item(0);
                Element first = firstElement(main);
                assertThat(first.getLocalName()).isEqualTo("section");
                assertThat(first.getAttribute("class")).isEqualTo("safety");
              }
              if (ascii) {
                assertThat(html.chars().allMatch(c -> c < 0x80)).as("ASCII only").isTrue();
              }
            });
  }

  @Test
  void everyAdvisoryAndReasonOfAScreeningReportReachesTheHtmlSheet() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.screeningReports())
        .checkAssert(
            r -> {
              String safety = safetyText(parse(HtmlSheet.defaults().render(r)));
              for (String text : SafetyTexts.of(r)) {
                assertThat(safety).contains(expected(text));
              }
              r.advisories().forEach(a -> assertThat(safety).contains(expected(SafetyTexts.why(a, r.profile()))));
              r.personalised().ifPresent(p -> SafetyTexts.of(p).forEach(t -> assertThat(safety).contains(expected(t))));
            });
  }

  @Test
  void everyPlanSheetIsWellFormedAndHasEveryCue() {
    qt().withExamples(50)
        .forAll(Generators.sessionPlans())
        .checkAssert(
            plan -> {
              Document page = parse(HtmlSheet.defaults().render(plan));
              String text = squeezed(page.getDocumentElement().getTextContent());
              plan.cues().forEach(c -> assertThat(text).contains(expected(c.text())));
              assertThat(page.getElementsByTagNameNS(XHTML, "li").getLength())
                  .isGreaterThanOrEqualTo(plan.cues().size() + 1);
            });
  }

  @Test
  void protocolTextNeverBecomesMarkupOrAReference() {
    qt().withExamples(EXAMPLES)
        .forAll(protocols())
        .checkAssert(
            p -> {
              Document page = parse(HtmlSheet.defaults().render(p));
              for (String tag : new String[] {"script", "link", "iframe", "object", "embed", "img", "base", "form"}) {
                assertThat(page.getElementsByTagNameNS("*", tag).getLength()).as(tag).isZero();
              }
              NodeList all = page.getElementsByTagNameNS("*", "*");
              for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                assertThat(e.getNamespaceURI()).isEqualTo(XHTML);
                assertThat(e.hasAttribute("style")).isFalse();
                for (int a = 0; a < e.getAttributes().getLength(); a++) {
                  assertThat(e.getAttributes().item(a).getNodeName()).doesNotStartWith("on");
                }
                if (e.getLocalName().equals("a")) {
                  String href = e.getAttribute("href");
                  assertThat(p.sources().stream().anyMatch(s -> s.link().map(u -> u.toASCIIString().equals(href)).orElse(false)))
                      .as("link %s is a source's", href).isTrue();
                  assertThat(href).matches("(?i)(https?|mailto):.*");
                }
              }
            });
  }

  private static Element firstElement(Element parent) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    throw new AssertionError("no element in " + parent.getLocalName());
  }
}
