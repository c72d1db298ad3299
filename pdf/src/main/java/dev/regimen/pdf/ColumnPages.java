package dev.regimen.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Puts the pages of a PDF laid out as columns side by side on sheets of paper: pages 1 and 2 of a
 * two-column layout become the left and right columns of sheet 1, and so on. Its contract:
 *
 * <ul>
 *   <li>Every column page is drawn whole, translated (never scaled) to its place on its sheet.
 *   <li>The structure tree stays as it was, in the order the renderer wrote it (the document's
 *       order, column by column): only the page each element and piece of marked content points
 *       to, and the marked-content identifiers (MCIDs) of every column after a sheet's first,
 *       which are shifted past the ones before them so that each stays unique on its sheet.
 *   <li>The parent tree (from MCIDs and annotations back to structure elements) is rebuilt to
 *       match; link annotations move with their columns.
 *   <li>Resources are merged under names that do not collide, so two columns that both call
 *       different fonts {@code /F1} keep their own.
 * </ul>
 *
 * <p>It reads only what openhtmltopdf writes for a tagged PDF (a flat parent tree; content
 * streams whose marked content carries its MCID inline or as a property list). The PDF's
 * outline, named destinations and page labels are not remapped: {@link PdfHandout} does not write
 * them. Stateless.
 */
final class ColumnPages {
  /** Where the columns go on a sheet, in PDF points from the sheet's top left corner. */
  record Layout(
      float sheetWidth,
      float sheetHeight,
      int columns,
      float left,
      float top,
      float columnWidth,
      float columnHeight,
      float columnStep) {
    Layout {
      if (columns < 2) {
        throw new IllegalArgumentException("columns: at least 2, was " + columns);
      }
    }
  }

  private static final COSName STRUCT_PARENTS = COSName.STRUCT_PARENTS;
  private static final COSName PROPERTIES = COSName.getPDFName("Properties");

  /** The operators that name a resource, and the resource category each one names. */
  private static final Map<String, COSName> RESOURCE_OF =
      Map.of(
          "Tf", COSName.FONT,
          "Do", COSName.XOBJECT,
          "gs", COSName.EXT_G_STATE,
          "cs", COSName.COLORSPACE,
          "CS", COSName.COLORSPACE,
          "scn", COSName.PATTERN,
          "SCN", COSName.PATTERN,
          "sh", COSName.SHADING);

  private ColumnPages() {}

  /** {@return the PDF with its pages put side by side as the columns of sheets} */
  static byte[] impose(byte[] pdf, Layout layout) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
      if (root == null || root.getParentTree() == null) {
        throw new IllegalStateException("the column pages have no structure tree to keep");
      }
      COSArray nums = root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
      if (nums == null) {
        throw new IllegalStateException("the column pages' parent tree is not a flat number tree");
      }
      Map<Integer, COSBase> parents = new HashMap<>();
      for (int i = 0; i + 1 < nums.size(); i += 2) {
        parents.put(((COSNumber) nums.getObject(i)).intValue(), nums.get(i + 1));
      }

      List<PDPage> columns = new ArrayList<>();
      document.getPages().forEach(columns::add);
      Map<COSDictionary, Placement> placed = new IdentityHashMap<>();
      List<PDPage> sheets = new ArrayList<>();
      List<COSArray> sheetParents = new ArrayList<>();
      for (int first = 0; first < columns.size(); first += layout.columns()) {
        PDPage sheet = new PDPage(new PDRectangle(layout.sheetWidth(), layout.sheetHeight()));
        COSDictionary resources = new COSDictionary();
        COSArray mcidParents = new COSArray();
        ByteArrayOutputStream content = new ByteArrayOutputStream(64 * 1024);
        COSArray annotations = new COSArray();
        for (int c = 0; c < layout.columns() && first + c < columns.size(); c++) {
          PDPage column = columns.get(first + c);
          int offset = mcidParents.size();
          COSBase own = parents.get(column.getCOSObject().getInt(STRUCT_PARENTS));
          if (own instanceof COSObject object) {
            own = object.getObject();
          }
          if (own instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
              mcidParents.add(array.get(i));
            }
          }
          float dx = layout.left() + c * layout.columnStep();
          float dy = layout.sheetHeight() - layout.top() - column.getMediaBox().getHeight();
          placed.put(column.getCOSObject(), new Placement(sheet, offset));
          writeColumn(column, resources, offset, dx, dy, c, content);
          for (PDAnnotation annotation : column.getAnnotations()) {
            PDRectangle r = annotation.getRectangle();
            annotation.setRectangle(
                new PDRectangle(r.getLowerLeftX() + dx, r.getLowerLeftY() + dy, r.getWidth(), r.getHeight()));
            COSArray quads = annotation.getCOSObject().getCOSArray(COSName.getPDFName("QuadPoints"));
            if (quads != null) {
              for (int i = 0; i < quads.size(); i++) {
                float v = ((COSNumber) quads.getObject(i)).floatValue() + (i % 2 == 0 ? dx : dy);
                quads.set(i, new COSFloat(v));
              }
            }
            annotation.setPage(sheet);
            annotations.add(annotation);
          }
          if (c == 0 && column.getCOSObject().containsKey(COSName.GROUP)) {
            sheet.getCOSObject().setItem(COSName.GROUP, column.getCOSObject().getItem(COSName.GROUP));
          }
        }
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
          content.writeTo(out);
        }
        sheet.setContents(stream);
        sheet.getCOSObject().setItem(COSName.RESOURCES, resources);
        sheet.getCOSObject().setItem(COSName.ANNOTS, annotations);
        sheet.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        sheets.add(sheet);
        sheetParents.add(mcidParents);
      }

      repoint(root, placed);

      COSArray rebuilt = new COSArray();
      int next = 0;
      for (int i = 0; i + 1 < nums.size(); i += 2) {
        next = Math.max(next, ((COSNumber) nums.getObject(i)).intValue() + 1);
      }
      List<Integer> pageKeys = new ArrayList<>();
      for (PDPage column : columns) {
        pageKeys.add(column.getCOSObject().getInt(STRUCT_PARENTS));
      }
      for (int i = 0; i + 1 < nums.size(); i += 2) {
        int key = ((COSNumber) nums.getObject(i)).intValue();
        if (!pageKeys.contains(key)) {
          rebuilt.add(COSInteger.get(key));
          rebuilt.add(nums.get(i + 1));
        }
      }
      for (int s = 0; s < sheets.size(); s++) {
        sheets.get(s).getCOSObject().setInt(STRUCT_PARENTS, next);
        rebuilt.add(COSInteger.get(next));
        rebuilt.add(sheetParents.get(s));
        next++;
      }
      root.getParentTree().getCOSObject().setItem(COSName.NUMS, rebuilt);
      root.setParentTreeNextKey(next);

      for (PDPage column : columns) {
        document.getPages().remove(column);
      }
      sheets.forEach(document::addPage);

      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      document.save(out);
      return out.toByteArray();
    }
  }

  /** Which sheet a column page went to, and how far its MCIDs were shifted. */
  private record Placement(PDPage sheet, int offset) {}

  /** Writes one column's content, translated, with its resources renamed into the sheet's. */
  private static void writeColumn(
      PDPage column, COSDictionary sheetResources, int offset, float dx, float dy, int index,
      OutputStream content)
      throws IOException {
    COSDictionary own = column.getCOSObject().getCOSDictionary(COSName.RESOURCES);
    Map<COSName, Map<COSName, COSName>> renamed = new HashMap<>();
    if (own != null) {
      for (COSName category : own.keySet()) {
        if (category.equals(PROPERTIES)) {
          continue;
        }
        COSBase entries = own.getDictionaryObject(category);
        if (!(entries instanceof COSDictionary dictionary)) {
          sheetResources.setItem(category, own.getItem(category));
          continue;
        }
        COSDictionary target = sheetResources.getCOSDictionary(category);
        if (target == null) {
          target = new COSDictionary();
          sheetResources.setItem(category, target);
        }
        Map<COSName, COSName> names = new HashMap<>();
        for (COSName name : dictionary.keySet()) {
          COSBase value = dictionary.getItem(name);
          COSName chosen = name;
          if (target.containsKey(name) && !sameObject(target.getItem(name), value)) {
            int n = index;
            do {
              chosen = COSName.getPDFName(name.getName() + "c" + n++);
            } while (target.containsKey(chosen));
          }
          target.setItem(chosen, value);
          names.put(name, chosen);
        }
        renamed.put(category, names);
      }
    }
    COSDictionary properties = own == null ? null : own.getCOSDictionary(PROPERTIES);

    List<Object> tokens = new PDFStreamParser(column).parse();
    List<Object> operands = new ArrayList<>();
    List<Object> rewritten = new ArrayList<>(tokens.size() + 8);
    for (Object token : tokens) {
      if (!(token instanceof Operator operator)) {
        operands.add(token);
        continue;
      }
      String name = operator.getName();
      if (name.equals("BDC") && operands.size() == 2) {
        Object list = operands.get(1);
        COSDictionary dictionary =
            list instanceof COSDictionary inline
                ? inline
                : list instanceof COSName named && properties != null
                    ? properties.getCOSDictionary(named)
                    : null;
        if (dictionary != null) {
          // Written inline: the sheet keeps no property lists among its resources.
          COSDictionary copy = new COSDictionary(dictionary);
          if (dictionary.containsKey(COSName.MCID)) {
            copy.setInt(COSName.MCID, dictionary.getInt(COSName.MCID) + offset);
          }
          operands.set(1, copy);
        }
      } else if (RESOURCE_OF.containsKey(name)) {
        Map<COSName, COSName> names = renamed.getOrDefault(RESOURCE_OF.get(name), Map.of());
        for (int i = 0; i < operands.size(); i++) {
          if (operands.get(i) instanceof COSName operand && names.containsKey(operand)) {
            operands.set(i, names.get(operand));
          }
        }
      }
      rewritten.addAll(operands);
      rewritten.add(operator);
      operands.clear();
    }
    rewritten.addAll(operands);

    ContentStreamWriter writer = new ContentStreamWriter(content);
    writer.writeTokens(
        Operator.getOperator("q"),
        COSInteger.ONE, COSInteger.ZERO, COSInteger.ZERO, COSInteger.ONE,
        new COSFloat(dx), new COSFloat(dy),
        Operator.getOperator("cm"));
    content.write('\n');
    writer.writeTokens(rewritten);
    content.write('\n');
    writer.writeTokens(Operator.getOperator("Q"));
    content.write('\n');
  }

  private static boolean sameObject(COSBase a, COSBase b) {
    COSBase x = a instanceof COSObject object ? object.getObject() : a;
    COSBase y = b instanceof COSObject object ? object.getObject() : b;
    return x == y;
  }

  /** Points every structure element and marked-content reference at its sheet, MCIDs shifted. */
  private static void repoint(PDStructureTreeRoot root, Map<COSDictionary, Placement> placed) {
    Map<COSBase, Boolean> seen = new IdentityHashMap<>();
    repoint(root.getCOSObject().getDictionaryObject(COSName.K), null, placed, seen);
  }

  private static void repoint(
      COSBase node, COSDictionary page, Map<COSDictionary, Placement> placed, Map<COSBase, Boolean> seen) {
    if (node instanceof COSObject object) {
      node = object.getObject();
    }
    if (node instanceof COSArray kids) {
      for (int i = 0; i < kids.size(); i++) {
        COSBase kid = kids.getObject(i);
        if (kid instanceof COSInteger mcid && page != null && placed.containsKey(page)) {
          kids.set(i, COSInteger.get(mcid.intValue() + placed.get(page).offset()));
        } else {
          repoint(kid, page, placed, seen);
        }
      }
      return;
    }
    if (!(node instanceof COSDictionary dictionary) || seen.put(dictionary, Boolean.TRUE) != null) {
      return;
    }
    COSDictionary own = dictionary.getCOSDictionary(COSName.PG);
    COSDictionary kidsPage = own != null ? own : page;
    if (own != null && placed.containsKey(own)) {
      dictionary.setItem(COSName.PG, placed.get(own).sheet());
    }
    COSName type = dictionary.getCOSName(COSName.TYPE);
    if (COSName.getPDFName("MCR").equals(type)) {
      if (kidsPage != null && placed.containsKey(kidsPage)) {
        dictionary.setInt(COSName.MCID, dictionary.getInt(COSName.MCID) + placed.get(kidsPage).offset());
      }
      return;
    }
    if (COSName.getPDFName("OBJR").equals(type)) {
      return;
    }
    COSBase kids = dictionary.getDictionaryObject(COSName.K);
    if (kids instanceof COSInteger mcid) {
      if (kidsPage != null && placed.containsKey(kidsPage)) {
        dictionary.setInt(COSName.K, mcid.intValue() + placed.get(kidsPage).offset());
      }
    } else if (kids != null) {
      repoint(kids, kidsPage, placed, seen);
    }
  }
}
