package dev.regimen.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** What the tests read from a PDF, with PDFBox. */
final class Pdfs {
  private Pdfs() {}

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the text of the pages, line by line as they are laid out (sorted by position: the
   * content streams draw list numbers and borders apart from the text), with ligatures such as
   * "ﬁ" written out (NFKC), as a reader copying it would have it}
   */
  static String text(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the text of the pages read as columns: on each page the first column top to bottom,
   * then the next, each as {@link #text} reads a page} The columns are the page's width divided
   * equally.
   */
  static String columnText(byte[] pdf, int columns) {
    try (PDDocument document = load(pdf)) {
      StringBuilder text = new StringBuilder();
      for (PDPage page : document.getPages()) {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        PDRectangle box = page.getMediaBox();
        float width = box.getWidth() / columns;
        for (int i = 0; i < columns; i++) {
          stripper.addRegion("column " + i, new Rectangle2D.Float(i * width, 0, width, box.getHeight()));
        }
        stripper.extractRegions(page);
        for (int i = 0; i < columns; i++) {
          text.append(stripper.getTextForRegion("column " + i));
        }
      }
      return Normalizer.normalize(text, Normalizer.Form.NFKC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the text with every whitespace character removed, so line breaks do not matter} */
  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** {@return every font used on any page, in forms too} */
  static List<PDFont> fonts(PDDocument document) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      collectFonts(page.getResources(), fonts, 0);
    }
    return fonts;
  }

  private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth)
      throws IOException {
    if (resources == null || depth > 10) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject) {
        collectFonts(((PDFormXObject) object).getResources(), fonts, depth + 1);
      }
    }
  }

  /** {@return the number of images drawn on the pages} */
  static int images(PDDocument document) throws IOException {
    int count = 0;
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject) {
          count++;
        }
      }
    }
    return count;
  }

  /** {@return every structure element of a type, in the order of the structure tree} */
  static List<PDStructureElement> elements(PDDocument document, String type) {
    List<PDStructureElement> found = new ArrayList<>();
    collect(document.getDocumentCatalog().getStructureTreeRoot(), type, found);
    return found;
  }

  /** {@return every structure element of a type under an element, in order} */
  static List<PDStructureElement> elementsUnder(PDStructureElement element, String type) {
    List<PDStructureElement> found = new ArrayList<>();
    collect(element, type, found);
    return found;
  }

  /** {@return the text of a structure element's marked content, on its page} */
  static String actualText(PDDocument document, PDStructureElement element) throws IOException {
    Set<Integer> ids = new HashSet<>();
    PDPage[] page = {element.getPage()};
    collectIds(element, ids, page);
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.processPage(page[0]);
    StringBuilder text = new StringBuilder();
    for (PDMarkedContent content : extractor.getMarkedContents()) {
      appendText(content, ids, false, text);
    }
    return text.toString().strip();
  }

  private static void collectIds(PDStructureElement element, Set<Integer> ids, PDPage[] page) {
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer) {
        ids.add((Integer) kid);
      } else if (kid instanceof PDMarkedContentReference) {
        ids.add(((PDMarkedContentReference) kid).getMCID());
      } else if (kid instanceof PDStructureElement) {
        PDStructureElement child = (PDStructureElement) kid;
        if (page[0] == null) {
          page[0] = child.getPage();
        }
        collectIds(child, ids, page);
      }
    }
  }

  private static void appendText(
      PDMarkedContent content, Set<Integer> ids, boolean inside, StringBuilder text) {
    boolean mine = inside || ids.contains(content.getMCID());
    for (Object part : content.getContents()) {
      if (part instanceof TextPosition && mine) {
        text.append(((TextPosition) part).getUnicode());
      } else if (part instanceof PDMarkedContent) {
        appendText((PDMarkedContent) part, ids, mine, text);
      }
    }
  }

  private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
    if (node == null) {
      return;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement) {
        PDStructureElement element = (PDStructureElement) kid;
        if (type.equals(element.getStructureType())) {
          found.add(element);
        }
        collect(element, type, found);
      }
    }
  }
}
