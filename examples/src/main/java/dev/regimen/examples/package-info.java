/** Runnable examples of Regimen and the {@code regimen} command-line tool. */
package dev.regimen.examples;
