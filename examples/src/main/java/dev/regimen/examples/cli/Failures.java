package dev.regimen.examples.cli;

import dev.regimen.core.validation.ValidationException;
import dev.regimen.formats.json.JsonProblem;
import dev.regimen.formats.json.RegimenJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what went wrong into the one line the command prints, never a stack trace: a JSON problem
 * as {@code error at POINTER (line L, column C): MESSAGE}, a file problem in plain words.
 */
final class Failures {
  private Failures() {}

  /**
   * Describes bad JSON: the first problem's pointer ({@code document} for the whole document),
   * line and column (when known) and message, then the further problems up to {@link
   * RegimenJsonException#MAX_PROBLEMS_SHOWN} in all, and how many more there are.
   *
   * @param e the reader's exception
   * @return {@code error at POINTER (line L, column C): MESSAGE}, on one line
   */
  static String describe(RegimenJsonException e) {
    List<JsonProblem> problems = e.problems();
    JsonProblem first = problems.get(0);
    StringBuilder line = new StringBuilder("error at ").append(pointer(first.pointer()));
    if (first.line() > 0) {
      line.append(" (line ").append(first.line()).append(", column ").append(first.column()).append(')');
    }
    line.append(": ").append(first.problem());
    if (problems.size() > 1) {
      int shown = Math.min(problems.size(), RegimenJsonException.MAX_PROBLEMS_SHOWN);
      line.append("; and ").append(problems.size() - 1).append(" more: ")
          .append(problems.subList(1, shown).stream().map(JsonProblem::toString)
              .collect(Collectors.joining("; ")));
      if (problems.size() > shown) {
        line.append("; and ").append(problems.size() - shown).append(" more not shown");
      }
    }
    return ConsoleText.clean(line.toString());
  }

  /**
   * Describes a failure to read or write a file, without repeating the file's name.
   *
   * @param e the failure
   * @return such as {@code error: no such file or directory}
   */
  static String describe(IOException e) {
    return ConsoleText.clean("error: " + reason(e));
  }

  /**
   * The reason a file or stream could not be read or written, in plain lowercase words.
   *
   * @param e the failure
   * @return such as {@code no such file or directory}
   */
  static String reason(IOException e) {
    String what;
    if (e instanceof NoSuchFileException) {
      what = "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof NotDirectoryException) {
      what = "not a directory";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      what = ((FileSystemException) e).getReason();
    } else {
      what = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    return ConsoleText.sentenceInLowercase(ConsoleText.clean(what));
  }

  /**
   * The exit status for a failure: {@link RegimenCommand#IO_FAILURE} when a file or stream could
   * not be read or written, {@link RegimenCommand#INVALID_INPUT} for everything else.
   *
   * @param e the failure
   * @return 1 or 3
   */
  static int status(Exception e) {
    if (e instanceof InputException) {
      return ((InputException) e).status();
    }
    return e instanceof IOException || e instanceof UncheckedIOException
        ? RegimenCommand.IO_FAILURE
        : RegimenCommand.INVALID_INPUT;
  }

  /**
   * Describes any failure of a command, for the last-resort handler.
   *
   * @param e the failure
   * @return one line
   */
  static String describe(Exception e) {
    if (e instanceof InputException) {
      return ConsoleText.clean(e.getMessage());
    }
    if (e instanceof RegimenJsonException) {
      return describe((RegimenJsonException) e);
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
      return ConsoleText.clean(((FileSystemException) e).getFile()) + ": " + describe((IOException) e);
    }
    if (e instanceof IOException) {
      return describe((IOException) e);
    }
    if (e instanceof UncheckedIOException) {
      return describe(((UncheckedIOException) e).getCause());
    }
    if (e instanceof ValidationException) {
      return ConsoleText.clean("invalid: " + e.getMessage());
    }
    return ConsoleText.clean(
        "internal error: " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }

  private static String pointer(String pointer) {
    return pointer.isEmpty() ? "document" : pointer;
  }

  /**
   * A problem with the command's input or output, already described on one line with the name of
   * the file, and the exit status it ends the command with.
   */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    private InputException(String message, Throwable cause, int status) {
      super(message, cause);
      this.status = status;
    }

    /**
     * A document that was read but is not valid: exit status 1.
     *
     * @param message the line, naming the file
     * @param cause what the reader threw
     * @return the exception
     */
    static InputException invalid(String message, Throwable cause) {
      return new InputException(message, cause, RegimenCommand.INVALID_INPUT);
    }

    /**
     * A file or stream that could not be read or written: exit status 3.
     *
     * @param message the line, naming the file
     * @param cause the failure
     * @return the exception
     */
    static InputException unreadable(String message, Throwable cause) {
      return new InputException(message, cause, RegimenCommand.IO_FAILURE);
    }

    /** {@return the exit status the failure ends the command with} */
    int status() {
      return status;
    }
  }
}
