/**
 * The Regimen JSON format: {@link dev.regimen.formats.json.RegimenJson} reads and writes protocols,
 * exercises, screening reports and session plans, {@link
 * dev.regimen.formats.json.RegimenJsonSchema} gives the format's JSON Schema,
 * {@link dev.regimen.formats.json.RegimenJacksonModule} embeds them in other Jackson documents, and
 * {@link dev.regimen.formats.json.RegimenJsonException} reports bad input.
 *
 * <h2>The format (schemaVersion 2)</h2>
 *
 * <ul>
 *   <li>A document is an object with two properties: {@code "schemaVersion": 2} and exactly one
 *       of {@code "protocol"} (a protocol document), {@code "exercise"} (an exercise document, for
 *       libraries of exercises), {@code "screeningReport"} (the result of screening a protocol
 *       against what is known of a person) or {@code "sessionPlan"} (a protocol expanded into timed
 *       cues); the {@link dev.regimen.formats.json.DocumentKind} of each. The writer writes the
 *       version first; the reader takes the two in either order (so the output of {@code jq -S}
 *       reads) and always knows the version before it reads the value: when the version is not
 *       first, it finds it by scanning the document object, skipping the value, before reading on.
 *       A reader takes versions 1 and 2, each by its own rules, and upgrades a version 1
 *       document to the current model (see {@code docs/format/json.md}, "Versions and how the
 *       format evolves"); it rejects any other version before reading anything else.
 *   <li>Property names are the model's attribute names in camelCase ({@code startingPosition},
 *       {@code restBetweenSetsSeconds}), so the model's rule paths map onto JSON Pointers
 *       mechanically ({@code entries[1].exercise.id} is {@code /protocol/entries/1/exercise/id}).
 *       No Java class name or type id ever appears.
 *   <li>The writer writes properties in a fixed, readable order: ids, names and titles first, as
 *       the model declares its attributes. The reader accepts any order.
 *   <li>Documents are UTF-8 (RFC 3629, strictly: no overlong forms, no encoded surrogates, nothing
 *       past U+10FFFF), without a byte-order mark when written; the reader ignores one byte-order
 *       mark at the start and rejects UTF-16 and UTF-32.
 *   <li>Enums are lowercase strings: {@code "one_side_then_other"}, {@code "pain_persists"},
 *       {@code "lower_back"}; the reader takes only these exact names. Durations are whole seconds
 *       ({@code "seconds": 30}, {@code "restSeconds": 15}); whole numbers are written without a
 *       fraction or exponent. Spinal segments are their labels exactly as the model writes them
 *       ({@code "L5-S1"}, not {@code "l5-s1"}); links are URI strings.
 *   <li>An optional attribute that is absent is omitted (never {@code null}); an empty list is
 *       omitted. The reader rejects {@code null} anywhere, and takes an empty list ({@code []})
 *       as an absent one. Attributes with a default in the model (a hold's {@code approximate},
 *       a dosage's {@code repetitions}, {@code sets} and {@code sideOrder}, repetitions' {@code
 *       basis}) are always written and may be omitted on input, where the default applies.
 *   <li>A few values that follow from others are written for readers' convenience: an entry
 *       screening's {@code verdict} (from its reasons) and a session plan's {@code minSeconds}
 *       and {@code maxSeconds} (the sums of its cues' durations). The reader rebuilds them from
 *       the values they follow from; they may be left out on input, and one that disagrees is an
 *       error, never believed.
 *   <li>A screening report carries what its readers need without the screened protocol: each
 *       reason's contraindication, condition, finding and sources, and each applicable
 *       advisory's sources, are written in full.
 *   <li>Unknown properties, duplicate properties, missing required properties, values of the
 *       wrong type, numbers with a fraction or exponent where a whole number belongs, and any
 *       content after the document are errors.
 *   <li>Output is deterministic. Pretty output: two-space indentation, {@code "name": value},
 *       one property or array element a line, a newline at the end. Compact output: one line.
 *   <li>Reading is bounded by {@link dev.regimen.formats.json.JsonLimits} (document length,
 *       nesting depth, text length, array length), and so is writing: an instance refuses to
 *       write a document its readers would refuse, with the problem reading it would report.
 * </ul>
 *
 * <p>Reading a document that {@code RegimenJson} wrote gives back an equal value, and writing that
 * value again gives the same text.
 */
package dev.regimen.formats.json;
