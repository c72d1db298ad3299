package dev.regimen.catalog.freeexercisedb;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the dataset as the file gives it, before any mapping: its texts, where each one is
 * in the input, and the problems of its shape. Made by {@link DatasetReader}; not thread-safe.
 */
final class Entry {
  /** A text of the input and its JSON Pointer. */
  record Text(String value, String pointer) {}

  final int index;
  final String pointer;
  Text id;
  Text name;
  Text force;
  Text level;
  Text mechanic;
  Text equipment;
  Text category;
  /** Null when the property is absent or null. */
  List<Text> primaryMuscles;
  List<Text> secondaryMuscles;
  List<Text> instructions;
  List<Text> images;
  /** Problems of shape, each "POINTER (line L, column C): what is wrong". */
  final List<String> problems = new ArrayList<>();
  /** Properties the dataset does not define, as pointers. */
  final List<Text> unknownProperties = new ArrayList<>();

  Entry(int index) {
    this.index = index;
    this.pointer = "/" + index;
  }

  /** {@return the id as text, when the entry has one} */
  String idOrNull() {
    return id == null ? null : id.value();
  }
}
