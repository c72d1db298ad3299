/**
 * Regimen's formats: the JSON codec and its JSON Schema; printable text, Markdown and HTML sheets,
 * the sheet document model they render; atomic file writing for all of them. Depends on the
 * core's public API and Jackson 3 only.
 */
module dev.regimen.formats {
  requires transitive dev.regimen.core;
  requires transitive tools.jackson.databind;

  exports dev.regimen.formats.io;
  exports dev.regimen.formats.json;
  exports dev.regimen.formats.sheet;
  exports dev.regimen.formats.sheet.document;
  exports dev.regimen.formats.sheet.html;
  exports dev.regimen.formats.sheet.qr;
}
