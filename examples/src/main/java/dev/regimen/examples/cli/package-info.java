/**
 * The {@code regimen} command-line tool ({@link dev.regimen.examples.cli.RegimenCommand}), built
 * with picocli into {@code examples/target/regimen.jar}: {@code sheet}, {@code export}, {@code
 * validate}, {@code screen}, {@code plan} and {@code list}.
 */
package dev.regimen.examples.cli;
