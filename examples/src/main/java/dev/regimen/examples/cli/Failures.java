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
   * line and column (when known) and message, then every further problem.
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
      line.append("; and ").append(problems.size() - 1).append(" more: ")
          .append(problems.subList(1, problems.size()).stream().map(JsonProblem::toString)
              .collect(Collectors.joining("; ")));
    }
    return ConsoleText.clean(line.toString());
  }

  /**
   * Describes a failure to read or write a file, without repeating the file's name.
   *
   * @param e the failure
   * @return such as {@code error: no such file}
   */
  static String describe(IOException e) {
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
    return ConsoleText.clean("error: " + what);
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

  /** A problem with the command's input, already described on one line with the input's name. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
