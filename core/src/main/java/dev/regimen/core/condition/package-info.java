/**
 * Causes of pain: {@link dev.regimen.core.condition.Condition}, its {@link
 * dev.regimen.core.condition.Coding}s and the {@link dev.regimen.core.condition.Finding}s that
 * refine it. Uses {@code anatomy} only.
 */
@RegimenStyle
package dev.regimen.core.condition;

import dev.regimen.core.internal.RegimenStyle;
