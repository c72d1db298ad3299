/**
 * Exercises: {@link dev.regimen.core.exercise.Exercise} with its {@link
 * dev.regimen.core.exercise.Step}s, {@link dev.regimen.core.exercise.Sensation}s, {@link
 * dev.regimen.core.exercise.Modification}s and {@link dev.regimen.core.exercise.Progression}s.
 * Uses {@code anatomy}, {@code dosage}, {@code source} and {@code safety}.
 */
@RegimenStyle
package dev.regimen.core.exercise;

import dev.regimen.core.internal.RegimenStyle;
