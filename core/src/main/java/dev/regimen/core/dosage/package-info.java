/**
 * Dosage: {@link dev.regimen.core.dosage.Hold}, {@link dev.regimen.core.dosage.Repetitions},
 * sides and their order, rest, {@link dev.regimen.core.dosage.Frequency}, {@link
 * dev.regimen.core.dosage.Intensity}, gathered in {@link dev.regimen.core.dosage.Dosage}. A bottom
 * floor: it uses no other model package.
 */
@RegimenStyle
package dev.regimen.core.dosage;

import dev.regimen.core.internal.RegimenStyle;
