/**
 * Session plans: a {@link dev.regimen.core.protocol.Protocol} expanded into the ordered, timed
 * {@link dev.regimen.core.session.Cue}s a timer or coaching app plays, with the plan's total
 * duration as a range. The entry point is {@link
 * dev.regimen.core.session.SessionPlan#of(dev.regimen.core.protocol.Protocol,
 * dev.regimen.core.session.PlanOptions)}; every assumption about things that have no time of their
 * own is a {@link dev.regimen.core.session.PlanOptions} parameter.
 *
 * <p>Above {@code protocol}: it reads protocols, their exercises and dosages; nothing below it uses
 * it.
 */
@RegimenStyle
package dev.regimen.core.session;

import dev.regimen.core.internal.RegimenStyle;
