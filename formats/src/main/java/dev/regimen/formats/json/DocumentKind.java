package dev.regimen.formats.json;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * A kind of Regimen document: what it holds, and the property of the document object that holds
 * it ({@code {"schemaVersion": 1, "protocol": {...}}} is a {@link #PROTOCOL} document). The four
 * kinds are the only instances; every read and write of {@link RegimenJson} goes through one of
 * them. Immutable and thread-safe; compare kinds with {@code ==} or {@code equals}.
 *
 * <pre>{@code
 * Protocol protocol = json.read(DocumentKind.PROTOCOL, path);
 * String text = json.write(DocumentKind.SESSION_PLAN, SessionPlan.of(protocol));
 * }</pre>
 *
 * @param <T> the type of the value a document of this kind holds
 */
public final class DocumentKind<T> {
  /** A protocol document: {@code "protocol"}, a {@link Protocol}. */
  public static final DocumentKind<Protocol> PROTOCOL =
      new DocumentKind<>("protocol", "protocol", Protocol.class, ProtocolCodec::write, ProtocolCodec::read);

  /** An exercise document, for libraries of exercises: {@code "exercise"}, an {@link Exercise}. */
  public static final DocumentKind<Exercise> EXERCISE =
      new DocumentKind<>("exercise", "exercise", Exercise.class, ExerciseCodec::write, ExerciseCodec::read);

  /**
   * A screening report document, the result of screening a protocol against what is known of a
   * person: {@code "screeningReport"}, a {@link ScreeningReport}.
   */
  public static final DocumentKind<ScreeningReport> SCREENING_REPORT =
      new DocumentKind<>(
          "screeningReport",
          "screening report",
          ScreeningReport.class,
          ScreeningReportCodec::write,
          ScreeningReportCodec::read);

  /**
   * A session plan document, a protocol expanded into timed cues: {@code "sessionPlan"}, a {@link
   * SessionPlan}.
   */
  public static final DocumentKind<SessionPlan> SESSION_PLAN =
      new DocumentKind<>(
          "sessionPlan", "session plan", SessionPlan.class, SessionPlanCodec::write, SessionPlanCodec::read);

  private static final List<DocumentKind<?>> VALUES = List.of(PROTOCOL, EXERCISE, SCREENING_REPORT, SESSION_PLAN);

  private final String propertyName;
  private final String displayName;
  private final Class<T> type;
  private final BiConsumer<JsonGenerator, T> writer;
  private final Function<JsonIn, T> reader;

  private DocumentKind(
      String propertyName,
      String displayName,
      Class<T> type,
      BiConsumer<JsonGenerator, T> writer,
      Function<JsonIn, T> reader) {
    this.propertyName = propertyName;
    this.displayName = displayName;
    this.type = type;
    this.writer = writer;
    this.reader = reader;
  }

  /** {@return every kind of document, in the order of this class: protocol, exercise, screening report, session plan} */
  public static List<DocumentKind<?>> values() {
    return VALUES;
  }

  /**
   * Finds the kind of document whose value a property of the document object holds.
   *
   * @param propertyName a property name, such as {@code screeningReport}
   * @return the kind, or empty if no kind has that property
   * @throws NullPointerException if {@code propertyName} is null
   */
  public static Optional<DocumentKind<?>> forPropertyName(String propertyName) {
    Objects.requireNonNull(propertyName, "propertyName");
    return Optional.ofNullable(byPropertyName(propertyName));
  }

  /** {@return the kind whose property this is, or null; the name may be an interned parser name} */
  static DocumentKind<?> byPropertyName(String name) {
    for (DocumentKind<?> kind : VALUES) {
      if (kind.propertyName.equals(name)) {
        return kind;
      }
    }
    return null;
  }

  /** {@return the property of the document object that holds the value, such as {@code screeningReport}} */
  public String propertyName() {
    return propertyName;
  }

  /** {@return the kind in words, for messages: {@code protocol}, {@code screening report}} */
  public String displayName() {
    return displayName;
  }

  /** {@return the type of the value a document of this kind holds} */
  public Class<T> type() {
    return type;
  }

  /** {@return the kind in words with its article: "a protocol", "an exercise"} */
  String withArticle() {
    return (displayName.charAt(0) == 'e' ? "an " : "a ") + displayName;
  }

  void writeValue(JsonGenerator g, T value) {
    writer.accept(g, value);
  }

  T readValue(JsonIn in) {
    return reader.apply(in);
  }

  /** {@return the kind in words, such as {@code screening report}} */
  @Override
  public String toString() {
    return displayName;
  }
}
