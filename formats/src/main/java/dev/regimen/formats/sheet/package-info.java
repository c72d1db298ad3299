/**
 * Printable sheets: {@link dev.regimen.formats.sheet.TextSheet} (plain text wrapped to a width) and
 * {@link dev.regimen.formats.sheet.MarkdownSheet} (CommonMark with a GitHub table), both {@link
 * dev.regimen.formats.sheet.SheetRenderer}s laid out by {@link
 * dev.regimen.formats.sheet.SheetOptions}. They render a protocol as a handout, a screening report
 * as "Before you start" followed by the personalised protocol, and a session plan as a timer
 * script.
 *
 * <pre>{@code
 * TextSheet sheet = TextSheet.defaults();
 * String handout = sheet.render(protocol);
 * String forThisPerson = sheet.render(Screening.screen(protocol, profile));
 * String timerScript = sheet.render(SessionPlan.of(protocol));
 * }</pre>
 *
 * <h2>What happens to the protocol's text</h2>
 *
 * <p>Text from a protocol is made safe for a terminal, a printer and a web page before it reaches
 * a sheet, and nothing is shown in its place when a character is removed:
 *
 * <ul>
 *   <li>line breaks, tabs and every other whitespace character become a plain space, runs of
 *       spaces one space, and spaces before or after the text are dropped (the sheets lay text out
 *       themselves);
 *   <li>every other control character is <em>removed</em>: C0 controls including ESC (so no
 *       terminal escape sequence can start) and CR, DEL, and the C1 controls;
 *   <li>every format character (Unicode category Cf) is <em>removed</em>: the bidirectional
 *       embeddings, overrides and isolates U+202A to U+202E and U+2066 to U+2069, the direction
 *       marks U+200E, U+200F and U+061C, zero-width spaces and joiners, the byte-order mark, soft
 *       hyphens and tag characters;
 *   <li>a lone surrogate is <em>replaced</em> by U+FFFD (a {@code ?} in ASCII-only output);
 *   <li>in ASCII-only output, typographic punctuation is spelled in ASCII (curly quotes straight,
 *       dashes as hyphens, an ellipsis as three dots), letters lose their accents, and a character
 *       with no ASCII spelling becomes {@code ?};
 *   <li>in Markdown, the text is escaped so that it shows literally.
 * </ul>
 *
 * <h2>Pictures</h2>
 *
 * <p>Text and Markdown sheets show no pictures: neither a picture's URI nor its alt text nor its
 * caption appears, and a sheet is the same with the protocol's media or without them. A text
 * sheet cannot show one; a Markdown sheet could only point at one, and a relative URI would be
 * resolved against wherever the Markdown file ends up (the bundled pictures are inside a jar, so
 * their links would always be broken), while an {@code http(s)} one would make the reader's viewer
 * fetch from the network. The steps already say the position in words. Pictures are for the
 * outputs that carry them inside the file: {@link dev.regimen.formats.sheet.html.HtmlSheet} (as
 * {@code data:} URIs, from a caller's {@link dev.regimen.formats.sheet.html.PictureResolver}) and
 * the PDF made from its page. The {@linkplain dev.regimen.formats.sheet.document.SheetDocument
 * tree} holds every image as a {@link dev.regimen.formats.sheet.document.Pictures} block.
 *
 * <p>Nothing the protocol says about safety is left out: every advisory and every contraindication
 * of every exercise appears on every protocol sheet, whatever the options. A screening report's
 * sheet shows every advisory of the screened protocol (those that apply to the person under "What
 * applies to you", the others in the personalised protocol's safety section, or on their own when
 * every exercise is to be avoided) and every contraindication that matched, with its rationale,
 * quote and sources.
 */
package dev.regimen.formats.sheet;
