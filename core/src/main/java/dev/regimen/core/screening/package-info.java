/**
 * Screening: judges a {@link dev.regimen.core.protocol.Protocol} against what is known of a person
 * ({@link dev.regimen.core.screening.PatientProfile}) and gives a {@link
 * dev.regimen.core.screening.ScreeningReport}: a {@link dev.regimen.core.screening.Verdict} for
 * each entry with every {@link dev.regimen.core.screening.Reason}, the advisories that apply, and
 * a personalised protocol. The entry point is {@link
 * dev.regimen.core.screening.Screening#screen(dev.regimen.core.protocol.Protocol,
 * dev.regimen.core.screening.PatientProfile)}.
 *
 * <p>Above {@code protocol}: it reads protocols and the {@code safety} values they carry; nothing
 * below it uses it. Kept apart from {@code safety} on purpose, so the floors form no loop.
 */
@RegimenStyle
package dev.regimen.core.screening;

import dev.regimen.core.internal.RegimenStyle;
