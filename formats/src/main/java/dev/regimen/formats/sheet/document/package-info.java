/**
 * The sheet document model: one immutable tree per sheet, which every output renders. {@link
 * dev.regimen.formats.sheet.document.SheetDocument} is the root; its {@linkplain
 * dev.regimen.formats.sheet.document.Block blocks} are sections (the {@linkplain
 * dev.regimen.formats.sheet.document.SectionKind#SAFETY safety callout} among them), exercises,
 * subheadings, paragraphs, dose lines, lists with their items, quotations, pictures and the
 * tracking grid; their {@linkplain dev.regimen.formats.sheet.document.Inline inline content} is
 * text, line breaks and links.
 *
 * <p>Every piece of text says where it comes from ({@link
 * dev.regimen.formats.sheet.document.Origin}): the sheet's own wording, or the protocol's text.
 * The protocol's text in a tree is already clean (whitespace runs one space, control and format
 * characters removed, a lone surrogate U+FFFD, as the {@linkplain dev.regimen.formats.sheet
 * sheet package} states); escaping, glyphs beyond the sheet's wording and layout belong to each
 * output. Build a tree with {@link dev.regimen.formats.sheet.SheetDocuments}.
 *
 * <p>Every type here is immutable and thread-safe; its lists cannot be changed.
 */
package dev.regimen.formats.sheet.document;
