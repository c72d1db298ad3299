/**
 * Runnable examples of Regimen, each a small {@code main} class, commented for a reader, and each
 * run by a test:
 *
 * <ul>
 *   <li>{@link dev.regimen.examples.MyFirstRoutine}: the README's twenty-line routine.
 *   <li>{@link dev.regimen.examples.NeckRoutineExample}: a routine built from scratch ({@link
 *       dev.regimen.examples.NeckRoutine}), its sheet, and the validation errors of a broken one.
 *   <li>{@link dev.regimen.examples.ExportL5S1}: the bundled L5-S1 protocol as a text sheet, a
 *       Markdown sheet and JSON, written atomically to a folder ({@link
 *       dev.regimen.formats.io.AtomicFiles}).
 *   <li>{@link dev.regimen.examples.ScreenFromJson}: a protocol read from JSON, screened for a
 *       person, and the personalised sheet.
 *   <li>{@link dev.regimen.examples.EmbedInJackson}: protocols inside your own Jackson documents.
 * </ul>
 *
 * <p>The {@code regimen} command-line tool is in {@link dev.regimen.examples.cli}.
 */
package dev.regimen.examples;
