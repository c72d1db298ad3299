package dev.regimen.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalRegion;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.anatomy.Vertebra;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.ModificationReason;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.media.MediaRole;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.screening.Verdict;
import dev.regimen.core.session.CueKind;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.source.Person;
import dev.regimen.core.testing.ApiWalk;
import dev.regimen.core.testing.Generators;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.formats.io.AtomicFiles;
import dev.regimen.formats.json.DocumentKind;
import dev.regimen.formats.json.JsonLimits;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.json.RegimenJsonException;
import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API's edges, for the core and the formats together: nothing handed out can be
 * changed; every public method rejects a null argument with a {@link NullPointerException} naming
 * what was null; a protocol of 10,000 entries describes itself in one short line; only the API
 * packages are exported.
 */
class PublicApiTest {
  private static final Protocol L5S1 = Catalog.l5s1Relief();

  // ------------------------------------------------------------------ nothing handed out can be changed

  @Test
  void nothingReachableFromAProtocolAReportAPlanOrTheFormatsCanBeChangedThroughIt() {
    List<Object> roots = new ArrayList<>();
    roots.add(L5S1);
    roots.add(Screening.screen(L5S1, profileWithEverything()));
    roots.add(SessionPlan.of(L5S1));
    roots.add(SheetOptions.builder().width(50).asciiOnly(true).trackingDays(30).build());
    roots.add(TextSheet.defaults());
    roots.add(MarkdownSheet.defaults());
    roots.add(dev.regimen.formats.sheet.html.HtmlSheet.defaults().withLargePrint(true));
    roots.add(dev.regimen.formats.sheet.SheetDocuments.of(L5S1, SheetOptions.defaults()));
    roots.add(dev.regimen.formats.sheet.SheetDocuments.of(Screening.screen(L5S1, profileWithEverything()), SheetOptions.defaults()));
    roots.add(dev.regimen.formats.sheet.SheetDocuments.of(SessionPlan.of(L5S1)));
    roots.add(JsonLimits.defaults());
    roots.add(RegimenJson.defaults());
    roots.add(jsonError());
    roots.add(validationError());
    roots.add(SpinalSegment.parse("L5-S1"));
    qt().withFixedSeed(7L).withExamples(15).forAll(Generators.protocols()).checkAssert(roots::add);
    qt().withFixedSeed(8L).withExamples(15).forAll(Generators.screeningReports()).checkAssert(roots::add);
    qt().withFixedSeed(9L).withExamples(5).forAll(Generators.sessionPlans()).checkAssert(roots::add);

    Set<String> types = new TreeSet<>();
    List<String> changeable = new ArrayList<>();
    int[] containers = {0};
    for (Object root : roots) {
      ApiWalk.walk(
          root,
          new ApiWalk.Visitor() {
            @Override
            public void value(String path, Object value) {
              Class<?> type = ApiWalk.publicType(value);
              if (ApiWalk.isRegimenType(type)) {
                types.add(type.getSimpleName());
              }
              if (value instanceof Collection || value instanceof Map) {
                containers[0]++;
                String problem = value instanceof Collection ? changeable((Collection<?>) value) : changeable((Map<?, ?>) value);
                if (problem != null) {
                  changeable.add(type.getSimpleName() + " at " + path + " of " + ApiWalk.publicType(root).getSimpleName() + ": " + problem);
                }
              }
            }

            @Override
            public void array(String path, Object owner, Method method) {
              Object handedOut = ApiWalk.call(method, owner);
              if (handedOut instanceof Object[] && ((Object[]) handedOut).length > 0) {
                Object before = ((Object[]) handedOut)[0];
                ((Object[]) handedOut)[0] = null;
                if (!Objects.equals(((Object[]) ApiWalk.call(method, owner))[0], before)) {
                  changeable.add(path + ": the array handed out is the object's own");
                }
              }
            }
          });
    }
    assertThat(changeable).isEmpty();
    assertThat(containers[0]).isGreaterThan(1000);
    // the walk reaches every value type of the model and the formats' public values
    assertThat(types)
        .contains(
            "Protocol", "ProtocolEntry", "Recommendation", "Exercise", "Step", "Sensation", "Modification",
            "Progression", "Dosage", "Hold", "Repetitions", "Frequency", "Intensity", "Condition", "Coding",
            "Finding", "Contraindication", "Advisory", "Quote", "Source", "Person", "SpinalSegment", "Vertebra",
            "ScreeningReport", "EntryScreening", "Reason", "ApplicableAdvisory", "PatientProfile", "SessionPlan",
            "Cue", "CueDuration", "CuePosition", "PlanOptions", "SheetOptions", "JsonLimits", "RegimenJson",
            "RegimenJsonException", "JsonProblem", "ValidationException", "Violation", "TextSheet", "MarkdownSheet");
  }

  private static PatientProfile profileWithEverything() {
    List<String> conditions = L5S1.conditions().stream().map(Condition::id).collect(Collectors.toList());
    List<String> findings = new ArrayList<>();
    L5S1.conditions().forEach(c -> c.findings().forEach(f -> findings.add(f.id())));
    return PatientProfile.builder()
        .conditionIds(conditions.subList(0, 1))
        .findingIds(findings)
        .addConditionIds("unknown-condition")
        .painWeeks(12)
        .inPain(true)
        .build();
  }

  private static RegimenJsonException jsonError() {
    String bad = RegimenJson.defaults().writeProtocol(L5S1).replace("\"seconds\": 30", "\"seconds\": -30").replace("\"title\": \"L5", "\"title\": \" ");
    return (RegimenJsonException) catchThrowable(() -> RegimenJson.defaults().readProtocol(bad.replace("\"id\": \"l5-s1-relief\"", "\"id\": \"L5\"")));
  }

  private static ValidationException validationError() {
    return (ValidationException) catchThrowable(() -> Protocol.builder().from(L5S1).id("Not A Slug").name(" ").build());
  }

  /** {@return null when no way to change the collection changes it, else the way that did} */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String changeable(Collection<?> collection) {
    Collection<Object> c = (Collection<Object>) collection;
    Object any = c.isEmpty() ? "x" : c.iterator().next();
    Map<String, Runnable> attempts = new HashMap<>();
    attempts.put("add", () -> c.add(any));
    attempts.put("addAll", () -> c.addAll(List.of(any)));
    attempts.put("clear", c::clear);
    attempts.put("removeIf", () -> c.removeIf(x -> true));
    if (!c.isEmpty()) {
      attempts.put("remove", () -> c.remove(any));
      attempts.put("iterator().remove", () -> {
        Iterator<Object> it = c.iterator();
        it.next();
        it.remove();
      });
    }
    if (c instanceof List && !c.isEmpty()) {
      attempts.put("set", () -> ((List) c).set(0, any));
      attempts.put("sort", () -> ((List) c).sort(null));
    }
    return firstThatChanges(attempts, () -> new ArrayList<Object>(collection));
  }

  @SuppressWarnings("unchecked")
  private static String changeable(Map<?, ?> map) {
    Map<Object, Object> m = (Map<Object, Object>) map;
    Map<String, Runnable> attempts = new HashMap<>();
    attempts.put("put", () -> m.put("x", "x"));
    attempts.put("clear", m::clear);
    if (!m.isEmpty()) {
      attempts.put("entrySet().clear", () -> m.entrySet().clear());
      attempts.put("values().clear", () -> m.values().clear());
    }
    return firstThatChanges(attempts, () -> new HashMap<Object, Object>(map));
  }

  /**
   * {@return null when every attempt throws {@link UnsupportedOperationException} or leaves the
   * contents as they were (sorting a list of one, clearing an empty one), else the attempt that
   * changed them}
   */
  private static String firstThatChanges(Map<String, Runnable> attempts, Supplier<Object> contents) {
    Object before = contents.get();
    for (Map.Entry<String, Runnable> attempt : attempts.entrySet()) {
      Throwable thrown = catchThrowable(attempt.getValue()::run);
      Object after = contents.get();
      if (!(thrown instanceof UnsupportedOperationException) && !after.equals(before)) {
        return attempt.getKey() + " changed " + before + " to " + after;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ toString

  @Test
  void aProtocolOfTenThousandEntriesDescribesItselfInOneShortLine() {
    List<ProtocolEntry> entries = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Exercise exercise =
          Exercise.builder()
              .id("exercise-" + i)
              .name("Exercise number " + i)
              .kind(ExerciseKind.STRETCH)
              .startingPosition("Lie on your back.")
              .addSteps(Step.of("Breathe."))
              .build();
      entries.add(ProtocolEntry.of(exercise, Dosage.builder().build()));
    }
    Protocol large =
        Protocol.builder().id("large").name("A large protocol").summary("Ten thousand entries.").entries(entries).build();

    assertThat(large.toString()).isEqualTo("Protocol{id=large, name=A large protocol, entries=10000, conditions=0, advisories=0}");
    assertThat(large.entries().get(9_999).exercise().toString())
        .isEqualTo("Exercise{id=exercise-9999, name=Exercise number 9999, kind=STRETCH, steps=1}");
    assertThat(L5S1.toString())
        .isEqualTo("Protocol{id=l5-s1-relief, name=L5-S1 Relief Stretches, entries=3, conditions=4, advisories=4}");
  }

  @Test
  void aLongOrHostileTitleIsShortenedToOneHarmlessLine() {
    Protocol hostile = Protocol.builder().from(L5S1).name("\u001b[2J" + "x".repeat(500) + "\r\n").build();
    assertThat(hostile.toString())
        .isEqualTo("Protocol{id=l5-s1-relief, name=?[2J" + "x".repeat(56) + "..., entries=3, conditions=4, advisories=4}");
    Exercise exercise = Exercise.builder().from(L5S1.exercises().get(0)).name("a\u202eb\nc").build();
    assertThat(exercise.toString()).startsWith("Exercise{id=" + exercise.id() + ", name=a?b?c, kind=STRETCH");
  }

  // ------------------------------------------------------------------ nulls

  /** Sample arguments by parameter type, for calling every public method with one null at a time. */
  private static Map<Class<?>, Supplier<Object>> samples(Path file) {
    String document = RegimenJson.defaults().writeProtocol(L5S1);
    Map<Class<?>, Supplier<Object>> samples = new HashMap<>();
    samples.put(String.class, () -> "l5-s1");
    samples.put(CharSequence.class, () -> "text");
    samples.put(Object.class, () -> "x");
    samples.put(Protocol.class, () -> L5S1);
    samples.put(
        ScreeningReport.class,
        () -> Screening.screen(L5S1, PatientProfile.builder().addConditionIds("herniated-disc").build()));
    samples.put(SessionPlan.class, () -> SessionPlan.of(L5S1));
    samples.put(Exercise.class, () -> L5S1.exercises().get(0));
    samples.put(Dosage.class, () -> L5S1.entries().get(0).dosage());
    samples.put(Hold.class, () -> Hold.ofSeconds(30));
    samples.put(Person.class, () -> Person.named("A"));
    samples.put(Advisory.class, () -> L5S1.advisories().get(0));
    samples.put(Contraindication.class, () -> L5S1.exercises().get(0).contraindications().get(0));
    samples.put(PatientProfile.class, PatientProfile::empty);
    samples.put(PlanOptions.class, PlanOptions::defaults);
    samples.put(SheetOptions.class, SheetOptions::defaults);
    samples.put(
        dev.regimen.formats.sheet.document.SheetDocument.class,
        () -> dev.regimen.formats.sheet.SheetDocuments.of(L5S1, SheetOptions.defaults()));
    samples.put(dev.regimen.formats.sheet.html.PictureResolver.class, () -> (dev.regimen.formats.sheet.html.PictureResolver) uri -> java.util.Optional.empty());
    samples.put(List.class, List::of);
    samples.put(JsonLimits.class, JsonLimits::defaults);
    // never written: every call with a sample path here passes null for another argument
    samples.put(java.nio.file.Path.class, () -> java.nio.file.Path.of("target", "public-api-never-written.txt"));
    samples.put(AtomicFiles.Content.class, () -> (AtomicFiles.Content) out -> out.write(1));
    samples.put(Vertebra.class, () -> Vertebra.parse("L5"));
    samples.put(SpinalRegion.class, () -> SpinalRegion.LUMBAR);
    samples.put(Severity.class, () -> Severity.AVOID);
    samples.put(Side.class, () -> Side.LEFT);
    samples.put(CueKind.class, () -> CueKind.HOLD);
    samples.put(ModificationReason.class, () -> ModificationReason.values()[0]);
    samples.put(BodyArea[].class, () -> new BodyArea[] {BodyArea.NECK});
    samples.put(StepPhase.class, () -> StepPhase.SETUP);
    samples.put(MediaRole.class, () -> MediaRole.START_POSITION);
    samples.put(URI.class, () -> URI.create("https://example.org"));
    samples.put(Appendable.class, StringBuilder::new);
    samples.put(Writer.class, StringWriter::new);
    samples.put(OutputStream.class, ByteArrayOutputStream::new);
    samples.put(Reader.class, () -> new StringReader(document));
    samples.put(InputStream.class, () -> new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    samples.put(byte[].class, () -> document.getBytes(StandardCharsets.UTF_8));
    samples.put(Path.class, () -> file);
    samples.put(Verdict.class, () -> Verdict.SUITABLE);
    samples.put(DocumentKind.class, () -> DocumentKind.PROTOCOL);
    return samples;
  }

  @Test
  void everyPublicMethodRejectsANullArgumentNamingIt() throws Exception {
    Path file = Files.createTempFile("regimen", ".json");
    try {
      Files.writeString(file, RegimenJson.defaults().writeProtocol(L5S1), StandardCharsets.UTF_8);
      Map<Class<?>, Supplier<Object>> samples = samples(file);
      Map<Class<?>, Object> instances = instances();
      List<String> problems = new ArrayList<>();
      List<String> checked = new ArrayList<>();
      for (Class<?> type : publicApiTypes()) {
        for (Method method : type.getDeclaredMethods()) {
          if (!Modifier.isPublic(method.getModifiers())
              || method.isSynthetic()
              || method.getName().equals("equals")
              || (type.isEnum() && method.getName().equals("valueOf"))) { // the JDK's own
            continue;
          }
          boolean isStatic = Modifier.isStatic(method.getModifiers());
          Object target = isStatic ? null : instances.get(type);
          Class<?>[] parameters = method.getParameterTypes();
          if (!isStatic && target == null) {
            continue; // a type with no instance here: its values are walked elsewhere
          }
          for (int n = 0; n < parameters.length; n++) {
            if (parameters[n].isPrimitive()) {
              continue;
            }
            Object[] arguments = new Object[parameters.length];
            boolean complete = true;
            for (int k = 0; k < parameters.length; k++) {
              if (k == n) {
                continue;
              }
              if (parameters[k].isPrimitive()) {
                arguments[k] = parameters[k] == boolean.class ? (Object) false : (Object) 1;
              } else if (samples.containsKey(parameters[k])) {
                arguments[k] = samples.get(parameters[k]).get();
              } else {
                complete = false;
              }
            }
            String what = type.getSimpleName() + "." + method.getName() + " argument " + n + " (" + parameters[n].getSimpleName() + ")";
            if (!complete) {
              problems.add(what + ": no sample for the other arguments");
              continue;
            }
            Throwable thrown = invoke(method, target, arguments);
            checked.add(what);
            if (!(thrown instanceof NullPointerException)) {
              problems.add(what + ": accepted null" + (thrown == null ? "" : ", threw " + thrown));
            } else if (thrown.getMessage() == null || !thrown.getMessage().matches("[a-zA-Z][a-zA-Z0-9]*( element)?")) {
              problems.add(what + ": threw a NullPointerException that names nothing: " + thrown.getMessage());
            }
          }
        }
      }
      assertThat(problems).isEmpty();
      assertThat(checked).hasSizeGreaterThan(60);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** An instance of each public type whose instance methods take arguments. */
  private static Map<Class<?>, Object> instances() {
    Map<Class<?>, Object> instances = new HashMap<>();
    for (Object value :
        List.of(
            L5S1, L5S1.entries().get(0), L5S1.exercises().get(0), L5S1.conditions().get(0), Screening.screen(L5S1, PatientProfile.empty()),
            PatientProfile.empty(), SessionPlan.of(L5S1), PlanOptions.defaults(), SheetOptions.defaults(), SheetOptions.builder(),
            JsonLimits.defaults(), RegimenJson.defaults(), RegimenJson.builder(), TextSheet.defaults(), MarkdownSheet.defaults(),
            dev.regimen.formats.sheet.html.HtmlSheet.defaults(),
            Vertebra.parse("L5"), SpinalSegment.parse("L5-S1"), Verdict.CAUTION, Hold.ofSeconds(5),
            jsonError(), validationError())) {
      instances.put(ApiWalk.publicType(value), value);
    }
    return instances;
  }

  private static Throwable invoke(Method method, Object target, Object[] arguments) {
    try {
      method.invoke(target, arguments);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(method + " cannot be called", e);
    }
  }

  // ------------------------------------------------------------------ modules

  @Test
  void onlyTheApiPackagesAreExported() throws IOException {
    ModuleDescriptor core = descriptor(Catalog.class);
    ModuleDescriptor formats = descriptor(RegimenJson.class);

    assertThat(core.name()).isEqualTo("dev.regimen.core");
    assertThat(exports(core))
        .containsExactly(
            "dev.regimen.core.anatomy", "dev.regimen.core.catalog", "dev.regimen.core.condition", "dev.regimen.core.dosage",
            "dev.regimen.core.exercise", "dev.regimen.core.media", "dev.regimen.core.protocol", "dev.regimen.core.safety", "dev.regimen.core.screening",
            "dev.regimen.core.session", "dev.regimen.core.source", "dev.regimen.core.text", "dev.regimen.core.validation")
        .doesNotContain("dev.regimen.core.internal");
    assertThat(formats.name()).isEqualTo("dev.regimen.formats");
    assertThat(exports(formats))
        .containsExactly(
            "dev.regimen.formats.io", "dev.regimen.formats.json", "dev.regimen.formats.sheet",
            "dev.regimen.formats.sheet.document",
            "dev.regimen.formats.sheet.html", "dev.regimen.formats.sheet.qr");
    for (ModuleDescriptor module : List.of(core, formats)) {
      assertThat(module.opens()).as("%s opens nothing to reflection", module.name()).isEmpty();
      assertThat(module.exports()).allMatch(e -> !e.isQualified(), "exports to everyone or not at all");
      assertThat(module.isOpen()).isFalse();
    }
  }

  @Test
  void noPublicTypeOutsideTheExportedPackagesExceptTheInternalHelpers() throws IOException {
    Set<String> exported = new TreeSet<>(exports(descriptor(Catalog.class)));
    exported.addAll(exports(descriptor(RegimenJson.class)));
    List<String> publicOutside =
        allClasses().stream()
            .filter(c -> Modifier.isPublic(c.getModifiers()) && !exported.contains(c.getPackageName()))
            .map(Class::getName)
            .sorted()
            .collect(Collectors.toList());
    assertThat(publicOutside)
        .allMatch(name -> name.startsWith("dev.regimen.core.internal.")
            || name.startsWith("dev.regimen.formats.internal."));
    // the generated implementations stay package-private: users never see Immutable* names
    assertThat(allClasses()).filteredOn(c -> c.getSimpleName().startsWith("Immutable")).isNotEmpty()
        .allMatch(c -> !Modifier.isPublic(c.getModifiers()));
  }

  private static List<String> exports(ModuleDescriptor module) {
    return module.exports().stream().map(ModuleDescriptor.Exports::source).sorted().collect(Collectors.toList());
  }

  /** The module descriptor compiled for the code that holds {@code type}, read from its class file. */
  private static ModuleDescriptor descriptor(Class<?> type) throws IOException {
    return withRoot(type, root -> {
      try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    });
  }

  /** The public types of the exported packages of the core and the formats. */
  private static List<Class<?>> publicApiTypes() throws IOException {
    Set<String> exported = new TreeSet<>(exports(descriptor(Catalog.class)));
    exported.addAll(exports(descriptor(RegimenJson.class)));
    return allClasses().stream()
        .filter(c -> Modifier.isPublic(c.getModifiers()) && exported.contains(c.getPackageName()))
        .sorted(Comparator.comparing(Class::getName))
        .collect(Collectors.toList());
  }

  private static List<Class<?>> allClasses() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> anchor : List.of(Catalog.class, RegimenJson.class)) {
      List<String> names =
          withRoot(anchor, root -> {
            try (Stream<Path> files = Files.walk(root)) {
              return files
                  .map(f -> root.relativize(f).toString().replace('\\', '/'))
                  .filter(f -> f.endsWith(".class") && f.startsWith("dev/"))
                  .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                  .collect(Collectors.toList());
            }
          });
      for (String name : names) {
        try {
          classes.add(Class.forName(name, false, anchor.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new AssertionError(name, e);
        }
      }
    }
    return classes;
  }

  private interface RootReader<T> {
    T read(Path root) throws IOException;
  }

  /** Reads the folder or jar that the class was loaded from. */
  private static <T> T withRoot(Class<?> anchor, RootReader<T> reader) throws IOException {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isDirectory(location)) {
      return reader.read(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return reader.read(jar.getPath("/"));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
