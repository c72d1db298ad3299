/**
 * Regimen's core: the immutable, validated model of exercise protocols, screening, session plans
 * and the bundled catalog. No run-time dependencies; the Immutables annotations are needed at
 * compile time only.
 */
module dev.regimen.core {
  requires static org.immutables.value.annotations;

  exports dev.regimen.core.anatomy;
  exports dev.regimen.core.catalog;
  exports dev.regimen.core.condition;
  exports dev.regimen.core.dosage;
  exports dev.regimen.core.exercise;
  exports dev.regimen.core.media;
  exports dev.regimen.core.protocol;
  exports dev.regimen.core.safety;
  exports dev.regimen.core.screening;
  exports dev.regimen.core.session;
  exports dev.regimen.core.source;
  exports dev.regimen.core.text;
  exports dev.regimen.core.validation;
}
