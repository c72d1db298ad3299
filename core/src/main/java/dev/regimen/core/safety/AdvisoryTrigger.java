package dev.regimen.core.safety;

/** When an advisory applies to a person. */
public enum AdvisoryTrigger {
  /** Always: for everyone who does the protocol (such as "consult a professional first"). */
  ALWAYS,
  /**
   * While exercising: a rule to follow during the routine (such as "ease off if discomfort is
   * prolonged"); it applies to everyone.
   */
  DURING_EXERCISE,
  /**
   * When the pain has lasted at least {@link Advisory#painWeeksAtLeast()} weeks (such as "see a
   * specialist if the pain persists").
   */
  PAIN_PERSISTS,
  /** When the person is in pain right now (such as "do not exercise until the pain eases"). */
  IN_PAIN_NOW
}
