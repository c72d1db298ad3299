package dev.regimen.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's {@code main} with standard output and error captured. */
public final class Console {
  /** What an example printed. */
  public record Output(String out, String err) {}

  /** An example's {@code main}. */
  @FunctionalInterface
  public interface Main {
    /**
     * Runs it.
     *
     * @throws Exception whatever it throws
     */
    void run() throws Exception;
  }

  private Console() {}

  /**
   * Runs {@code main} with {@link System#out} and {@link System#err} captured, as UTF-8.
   *
   * @param main the example
   * @return what it printed
   * @throws Exception whatever {@code main} throws
   */
  public static synchronized Output capture(Main main) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      main.run();
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(out);
      System.setErr(err);
    }
    return new Output(outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
  }
}
