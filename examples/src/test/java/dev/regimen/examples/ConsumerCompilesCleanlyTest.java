package dev.regimen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.formats.sheet.TextSheet;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

/**
 * A program of someone else's, {@code .ci/consumer}, compiled against regimen-core and
 * regimen-formats with {@code javac -Xlint:all -Werror}, on the class path and as a module: it must
 * get no warning at all. Nothing of Immutables is on either path, as in a real consumer's build
 * (the annotations are compile-time only in core). {@code .ci/fresh-machine} builds the same
 * program with Maven against freshly installed artifacts.
 */
class ConsumerCompilesCleanlyTest {
  private static final Path SOURCES = Path.of("..", ".ci", "consumer", "src", "main", "java");

  @TempDir Path out;

  @Test
  void compilesWithoutAWarningOnTheClassPath() throws IOException {
    List<Path> sources = sources().stream()
        .filter(p -> !p.getFileName().toString().equals("module-info.java"))
        .collect(Collectors.toList());

    assertThat(compile(sources, "-classpath", path())).isEmpty();
  }

  @Test
  void compilesWithoutAWarningAsAModule() throws IOException {
    List<Path> sources = sources();
    assertThat(sources).extracting(p -> p.getFileName().toString()).contains("module-info.java");

    assertThat(compile(sources, "--module-path", path())).isEmpty();
  }

  /** {@return every diagnostic of javac, warnings and notes included, one line each} */
  private List<String> compile(List<Path> sources, String pathOption, String path) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of(
          "--release", "17", "-Xlint:all", "-Werror", "-proc:none", pathOption, path, "-d", out.toString());
      boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> lines = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        lines.add(d.getKind() + ": " + d.getMessage(Locale.ROOT));
      }
      if (!ok && lines.isEmpty()) {
        lines.add("javac failed without a diagnostic");
      }
      return lines;
    }
  }

  private static List<Path> sources() throws IOException {
    assertThat(SOURCES).isDirectory();
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  /** The jars (or class folders) of regimen-core, regimen-formats and Jackson: nothing else. */
  private static String path() {
    return Stream.of(Catalog.class, TextSheet.class, ObjectMapper.class, JsonParser.class, JsonProperty.class)
        .map(ConsumerCompilesCleanlyTest::location)
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
