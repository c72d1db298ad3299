/**
 * The bundled content: ready-made protocols built with the public builders, reached through
 * {@link dev.regimen.core.catalog.Catalog}. The first is the L5-S1 (lumbosacral) relief routine,
 * {@link dev.regimen.core.catalog.Catalog#l5s1Relief()}.
 *
 * <p>The top floor of the core: it uses {@code anatomy}, {@code condition}, {@code dosage}, {@code
 * source}, {@code safety}, {@code exercise} and {@code protocol}, and nothing uses it. Its sources
 * double as the largest worked example of the model's API.
 */
package dev.regimen.core.catalog;
