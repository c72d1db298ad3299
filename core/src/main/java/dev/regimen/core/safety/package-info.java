/**
 * The safety values that exercises and protocols carry: {@link
 * dev.regimen.core.safety.Contraindication} and {@link dev.regimen.core.safety.Advisory}. Kept
 * apart from {@code screening}, which reads protocols and so sits above them. Uses {@code source}
 * only.
 */
@RegimenStyle
package dev.regimen.core.safety;

import dev.regimen.core.internal.RegimenStyle;
