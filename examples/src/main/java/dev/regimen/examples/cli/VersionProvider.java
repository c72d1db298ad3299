package dev.regimen.examples.cli;

import dev.regimen.formats.json.RegimenJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code regimen --version}: the version of Regimen, its JSON format and the Java runtime. */
final class VersionProvider implements IVersionProvider {
  /** {@return the project's version, from the build} */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the build");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "regimen " + version(),
      "Regimen JSON schemaVersion " + RegimenJson.SCHEMA_VERSION,
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
