package dev.regimen.benchmarks.core;

import java.util.List;

/** Where a baseline's output first differs from Regimen's, for the setups' failure messages. */
final class Differences {
  private Differences() {}

  /**
   * Where two lists of descriptions first differ.
   *
   * @param regimen Regimen's
   * @param plain the baseline's
   * @return the index and both elements there, or the sizes when one list is a prefix of the other
   */
  static String first(List<String> regimen, List<String> plain) {
    int n = Math.min(regimen.size(), plain.size());
    for (int i = 0; i < n; i++) {
      if (!regimen.get(i).equals(plain.get(i))) {
        return "at " + i + ", Regimen: <" + regimen.get(i) + ">, baseline: <" + plain.get(i) + ">";
      }
    }
    return "Regimen has " + regimen.size() + ", the baseline " + plain.size();
  }
}
