package dev.regimen.examples.cli;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.examples.cli.Failures.InputException;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.json.RegimenJsonException;
import dev.regimen.formats.sheet.html.PictureResolver;
import dev.regimen.pdf.ImageResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Where a command takes its protocol from: a JSON file, standard input ({@code -}), or a bundled
 * protocol ({@code --builtin}); the bundled L5-S1 protocol when none is named.
 */
final class ProtocolInput {
  /** The name given to standard input in messages. */
  static final String STDIN_NAME = "<stdin>";

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "A protocol in Regimen JSON (- reads standard input)."
          + " Without FILE or --builtin: the bundled L5-S1 protocol.")
  private String file;

  @Option(
      names = "--builtin",
      paramLabel = "ID",
      completionCandidates = Builtins.Names.class,
      description = "A bundled protocol instead of FILE: ${COMPLETION-CANDIDATES}.")
  private String builtin;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /**
   * {@return the protocol's name in messages: the file as given, {@value #STDIN_NAME}, or such as
   * "built-in protocol l5-s1"}
   */
  String name() {
    if (file != null) {
      return ConsoleText.name(file.equals("-") ? STDIN_NAME : file);
    }
    return "built-in protocol " + ConsoleText.clean(builtin == null ? Builtins.DEFAULT : builtin);
  }

  /**
   * {@return where the pictures of the protocol's sheet come from} Nothing is ever fetched from the
   * network:
   *
   * <ul>
   *   <li>a bundled protocol: the pictures that ship with Regimen;
   *   <li>a file: the media's relative URIs name files under the file's folder ({@code
   *       pictures/knee.png} next to {@code routine.json} is {@code pictures/knee.png} in its
   *       folder; nothing outside the folder is read), and a URI with no file there may name a
   *       bundled picture (so that an exported bundled protocol keeps its drawings);
   *   <li>standard input, which has no folder: the bundled pictures only.
   * </ul>
   *
   * <p>A picture found nowhere, and every {@code http(s)} one, is left out of the sheet, with a
   * warning on standard error that names it; the protocol and its alt text are unchanged. A
   * picture file that exists but cannot be read (or is larger than {@value
   * dev.regimen.pdf.PdfHandout#MAX_IMAGE_BYTES} bytes) stops the command with exit status 3.
   */
  PictureResolver pictures() {
    PictureResolver bundled = PictureResolver.bundled();
    if (file == null) {
      return bundled;
    }
    String where = file.equals("-") ? null : file;
    return uri -> {
      Optional<byte[]> found = where == null ? Optional.empty() : fromFolder(where, uri);
      if (found.isEmpty()) {
        found = bundled.resolve(uri);
      }
      if (found.isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": warning: picture '" + ConsoleText.clean(uri.toString())
            + "' left out: " + (uri.isAbsolute()
                ? "pictures are never fetched from the network"
                : where == null
                    ? "standard input has no folder to find it in"
                    : "no such file in the folder of " + ConsoleText.name(where)));
        err.flush();
      }
      return found;
    };
  }

  /** {@return the picture at a relative URI under the protocol file's folder, if there is one} */
  private static Optional<byte[]> fromFolder(String file, URI uri) {
    Path folder = Path.of(file).toAbsolutePath().getParent();
    try {
      return ImageResolver.directory(folder).resolve(uri.toString());
    } catch (IOException e) {
      throw InputException.unreadable(
          ConsoleText.name(file) + ": picture '" + ConsoleText.clean(uri.toString()) + "': "
              + Failures.describe(e),
          e);
    }
  }

  /**
   * Loads the protocol.
   *
   * @param stdin what {@code -} reads
   * @return the protocol
   * @throws ParameterException if both a file and {@code --builtin} are given, or the built-in
   *     name is unknown
   * @throws InputException if the file cannot be read (exit status 3) or is not a valid protocol
   *     (exit status 1)
   */
  Protocol load(InputStream stdin) {
    if (file != null && builtin != null) {
      throw new ParameterException(
          spec.commandLine(), "give either FILE or --builtin, not both");
    }
    if (file == null) {
      String name = builtin == null ? Builtins.DEFAULT : builtin;
      return Builtins.find(name)
          .orElseThrow(() -> new ParameterException(spec.commandLine(),
              "unknown built-in protocol '" + ConsoleText.clean(name) + "'; known: "
                  + String.join(", ", Builtins.names())));
    }
    String name = file.equals("-") ? STDIN_NAME : file;
    try {
      if (file.equals("-")) {
        return RegimenJson.defaults().readProtocol(stdin);
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new FileSystemException(file, null, "is a directory");
      }
      return RegimenJson.defaults().readProtocol(path);
    } catch (RegimenJsonException e) {
      throw InputException.invalid(ConsoleText.name(name) + ": " + Failures.describe(e), e);
    } catch (IOException e) {
      throw InputException.unreadable(ConsoleText.name(name) + ": " + Failures.describe(e), e);
    } catch (InvalidPathException e) {
      throw InputException.unreadable(ConsoleText.name(name) + ": error: not a valid file name", e);
    }
  }
}
