/**
 * Regimen's formats: the JSON codec and its JSON Schema, printable text and Markdown sheets, and
 * atomic file writing for all of them. Depends on the core's public API and Jackson 3 only.
 */
module dev.regimen.formats {
  requires transitive dev.regimen.core;
  requires transitive tools.jackson.databind;

  exports dev.regimen.formats.io;
  exports dev.regimen.formats.json;
  exports dev.regimen.formats.sheet;
}
