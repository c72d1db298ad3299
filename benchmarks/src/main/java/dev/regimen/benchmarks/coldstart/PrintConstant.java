package dev.regimen.benchmarks.coldstart;

/** Prints a constant line: the baseline of the cold-start benchmark, a JVM that does nothing else. */
public final class PrintConstant {
  private PrintConstant() {}

  /**
   * Prints the line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("L5-S1 Relief Stretches");
  }
}
