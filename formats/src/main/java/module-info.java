/**
 * Regimen's formats: the JSON codec and its JSON Schema, and printable text and Markdown sheets.
 * Depends on the core's public API and Jackson 3 only.
 */
module dev.regimen.formats {
  requires transitive dev.regimen.core;
  requires transitive tools.jackson.databind;

  exports dev.regimen.formats.json;
  exports dev.regimen.formats.sheet;
}
