/**
 * The HTML sheet: {@link dev.regimen.formats.sheet.html.HtmlSheet} renders a {@linkplain
 * dev.regimen.formats.sheet.document.SheetDocument sheet document} as one self-contained HTML5
 * page that is also well-formed XML (polyglot XHTML), to open in a browser, print, or hand to an
 * XHTML-to-PDF engine. Pictures come through a caller's {@link
 * dev.regimen.formats.sheet.html.PictureResolver}.
 */
package dev.regimen.formats.sheet.html;
