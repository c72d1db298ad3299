package dev.regimen.formats.json;

import dev.regimen.core.session.PlanOptions;

/**
 * Instances for tests whose subject is not the limits, over generated session plans: their
 * limits admit a plan of the model's whole budget ({@link PlanOptions#DEFAULT_MAX_CUES} cues),
 * which the default limits do not (a default instance refuses to write it, see {@link
 * WhatItWritesItReadsTest}).
 */
final class RoomyJson {
  /** The limits: the defaults, with arrays of a whole plan and documents of 200 MB. */
  static final JsonLimits LIMITS =
      JsonLimits.defaults().withMaxArrayLength(PlanOptions.DEFAULT_MAX_CUES).withMaxDocumentLength(200_000_000);

  /** Pretty output. */
  static final RegimenJson PRETTY = RegimenJson.builder().limits(LIMITS).build();

  /** Compact output. */
  static final RegimenJson COMPACT = RegimenJson.builder().compact().limits(LIMITS).build();

  private RoomyJson() {}
}
