/**
 * What text is, character by character, for every output that must decide what it may show raw:
 * {@link dev.regimen.core.text.CharClass}. The lowest floor of the library beside {@code
 * validation}: it depends on nothing and every other package may use it. The classification is
 * the same everywhere; each output (the JSON writer, the sheets, messages and {@code toString}
 * descriptions, a command line) states in its own documentation what it does with each class.
 */
package dev.regimen.core.text;
