/**
 * The rule violations the model reports: {@link dev.regimen.core.validation.Violation} and {@link
 * dev.regimen.core.validation.ValidationException}. The lowest floor of the library: every other
 * package may use it.
 */
package dev.regimen.core.validation;
