/**
 * Searchable exercise catalogs: {@link dev.regimen.catalog.ExerciseCatalog}, found through an
 * {@link dev.regimen.catalog.ExerciseQuery}, with the {@link dev.regimen.catalog.Attribution} of
 * its content. {@link dev.regimen.catalog.ExerciseCatalog#freeExerciseDb()} is the bundled one.
 */
package dev.regimen.catalog;
