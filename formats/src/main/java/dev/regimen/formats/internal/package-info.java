/**
 * The sheets' wording, one language at a time: the message patterns of the resource bundles
 * {@code dev/regimen/formats/sheet/SheetWording_<language>.properties}, parsed. Not exported: the
 * sheet package composes sentences from them, and the outputs in other packages (HTML) read their
 * own few labels from them.
 */
package dev.regimen.formats.internal;
