/**
 * Accessible PDF handouts: {@link dev.regimen.pdf.PdfHandout} renders a handout's XHTML to a tagged
 * PDF that conforms to PDF/UA-1 (ISO 14289-1) and PDF/A-2a (ISO 19005-2, level A), with its fonts
 * embedded, laid out by {@link dev.regimen.pdf.PdfOptions}.
 *
 * <pre>{@code
 * PdfOptions options = PdfOptions.defaults()
 *     .withLanguage(Locale.ENGLISH)
 *     .withImages(ImageResolver.directory(Path.of("pictures")));
 * PdfHandout.render(xhtml, options, Path.of("handout.pdf"));
 * }</pre>
 *
 * <h2>What a handout gets</h2>
 *
 * <ul>
 *   <li>A structure tree from the XHTML's elements (headings, paragraphs, lists, tables with their
 *       header cells and scope, figures with their alternative text), the document's language and
 *       title, so that a screen reader reads it in order and in the right language.
 *   <li>DejaVu Sans, shipped in this jar (its licence beside it, {@code
 *       dev/regimen/pdf/fonts/LICENSE-DejaVu.txt}), embedded as a subset for every piece of text,
 *       whatever font the stylesheet asks for; no PDF standard font is used.
 *   <li>Pictures from an {@link dev.regimen.pdf.ImageResolver} the caller supplies: nothing is read
 *       from the network or the file system by the renderer itself.
 * </ul>
 *
 * <p>The PDF is built by openhtmltopdf on Apache PDFBox. Everything in this package is immutable
 * or stateless and thread-safe.
 */
package dev.regimen.pdf;
