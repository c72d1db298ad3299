package dev.regimen.formats.json;

import java.util.Objects;
import java.util.Optional;

/**
 * A Regimen document read without knowing its kind beforehand: which {@linkplain DocumentKind
 * kind} it is, and the value it holds. Returned by {@link RegimenJson#readDocument(String)} and
 * its overloads. Immutable and thread-safe when the value is (every value of the model is).
 *
 * <pre>{@code
 * RegimenDocument<?> document = json.readDocument(path);
 * System.out.println(path + ": a valid " + document.kind());   // "...: a valid screening report"
 * document.as(DocumentKind.PROTOCOL).ifPresent(protocol -> print(TextSheet.defaults().render(protocol)));
 * }</pre>
 *
 * @param kind the kind of document
 * @param value the value it holds, an instance of {@code kind.type()}
 * @param <T> the type of the value
 */
public record RegimenDocument<T>(DocumentKind<T> kind, T value) {

  /**
   * Creates a document.
   *
   * @param kind the kind of document
   * @param value the value it holds
   * @throws NullPointerException if an argument is null
   * @throws ClassCastException if {@code value} is not of the kind's type
   */
  public RegimenDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    kind.type().cast(value);
  }

  /**
   * {@return the value if this document is of the given kind, else empty}
   *
   * @param wanted the kind wanted
   * @param <U> its type
   * @throws NullPointerException if {@code wanted} is null
   */
  public <U> Optional<U> as(DocumentKind<U> wanted) {
    Objects.requireNonNull(wanted, "wanted");
    return wanted == kind ? Optional.of(wanted.type().cast(value)) : Optional.empty();
  }
}
