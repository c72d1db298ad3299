/**
 * Regimen's catalog: a searchable library of exercises bundled in this artifact, imported from the
 * public-domain free-exercise-db dataset ({@link dev.regimen.catalog.ExerciseCatalog#freeExerciseDb()}),
 * and the importer for any file of that dataset's shape ({@link
 * dev.regimen.catalog.freeexercisedb.FreeExerciseDbImporter}). Builds exercises through the core's
 * public API; reads the dataset with Jackson, which formats brings.
 */
module dev.regimen.catalog {
  requires transitive dev.regimen.core;
  requires transitive dev.regimen.formats;
  requires tools.jackson.core;

  exports dev.regimen.catalog;
  exports dev.regimen.catalog.freeexercisedb;
}
