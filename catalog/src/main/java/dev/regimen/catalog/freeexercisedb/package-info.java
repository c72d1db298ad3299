/**
 * The importer of the free-exercise-db dataset: {@link
 * dev.regimen.catalog.freeexercisedb.FreeExerciseDbImporter} reads a file of the dataset's shape
 * and maps each entry to an {@link dev.regimen.core.exercise.Exercise}, faithfully, with an {@link
 * dev.regimen.catalog.freeexercisedb.ImportReport} that names every entry it skipped and every
 * change it made to the text. A floor below {@code dev.regimen.catalog}: it uses no other package
 * of this module.
 */
package dev.regimen.catalog.freeexercisedb;
