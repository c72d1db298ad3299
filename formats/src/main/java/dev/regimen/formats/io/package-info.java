/**
 * Writing files so that nobody ever sees half of one: {@link dev.regimen.formats.io.AtomicFiles}
 * writes to a temporary file beside the target and moves it into place in one step, or leaves the
 * target as it was.
 */
package dev.regimen.formats.io;
