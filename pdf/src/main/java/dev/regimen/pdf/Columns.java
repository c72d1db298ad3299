package dev.regimen.pdf;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FlowingColumnContainerBox;
import com.openhtmltopdf.render.PageBox;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Finds, in a document openhtmltopdf has laid out, the columns its print style asks for: the first
 * element with a column count of 2 or more gives their number, width, gap and left edge, and the
 * first page the paper's margins and the columns' height (the page's content height).
 *
 * <p>No columns are reported, and the document keeps one column, when the page's margin boxes
 * have content (running headers or footers): pages one column wide would have no room for them.
 */
final class Columns {
  /** A margin box ({@code @top-center} and the rest) that is given content. */
  private static final Pattern MARGIN_BOX_CONTENT =
      Pattern.compile("@(top|bottom|left|right)-[a-z-]+\\s*\\{[^}]*content\\s*:");

  private static final float MILLIMETRES_PER_POINT = 25.4f / 72f;

  private Columns() {}

  static Optional<ColumnPages.Layout> of(PdfBoxRenderer renderer, PaperSize paper, Document document) {
    FlowingColumnContainerBox container = find(renderer.getRootBox());
    if (container == null || hasMarginBoxContent(document)) {
      return Optional.empty();
    }
    List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
    if (pages.isEmpty()) {
      return Optional.empty();
    }
    LayoutContext context = renderer.getSharedContext().newLayoutContextInstance();
    context.setFontContext(new PdfBoxFontContext());
    PageBox page = pages.get(0);
    float dots = renderer.getDotsPerPoint();
    int count = container.getStyle().columnCount();
    int width = container.getChild().getContentWidth();
    float gap = (container.getContentWidth() - count * (float) width) / (count - 1);
    float left =
        page.getMarginBorderPadding(context, CalculatedStyle.LEFT)
            + container.getAbsX()
            + container.getLeftMBP();
    float top = page.getMarginBorderPadding(context, CalculatedStyle.TOP);
    return Optional.of(
        new ColumnPages.Layout(
            (float) (paper.widthMillimetres() / MILLIMETRES_PER_POINT),
            (float) (paper.heightMillimetres() / MILLIMETRES_PER_POINT),
            count,
            left / dots,
            top / dots,
            width / dots,
            page.getContentHeight(context) / dots,
            (width + gap) / dots));
  }

  private static FlowingColumnContainerBox find(Box box) {
    if (box instanceof FlowingColumnContainerBox container) {
      return container;
    }
    for (Box child : box.getChildren()) {
      FlowingColumnContainerBox found = find(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean hasMarginBoxContent(Document document) {
    NodeList styles = document.getElementsByTagNameNS(XhtmlInput.XHTML, "style");
    for (int i = 0; i < styles.getLength(); i++) {
      if (MARGIN_BOX_CONTENT.matcher(styles.item(i).getTextContent()).find()) {
        return true;
      }
    }
    return false;
  }
}
