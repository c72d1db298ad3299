package dev.regimen.fhir.bench;

import ca.uhn.fhir.parser.IParser;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.fhir.Fhir;
import dev.regimen.fhir.FhirExport;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Regimen's mapping overhead: the bundled protocol to FHIR JSON ({@link #regimenToJson}: map, then
 * encode) against HAPI's own encoding of the same, already built, resources ({@link
 * #hapiEncodeOnly}); {@link #regimenMapOnly} is the mapping alone. The ratio of the first two is
 * what Regimen adds to what any HAPI user pays. Run (see docs/fhir.md):
 *
 * <pre>
 * mvn -B -ntp -pl fhir -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp fhir/target/test-classes:fhir/target/classes:$(cat fhir/target/cp.txt) org.openjdk.jmh.Main FhirExportBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FhirExportBenchmark {
  private Protocol protocol;
  private FhirExport export;
  private Bundle bundle;
  private IParser parser;

  /** Builds the protocol, the export and the resources once. */
  @Setup
  public void setUp() {
    protocol = Catalog.l5s1Relief();
    export = FhirExport.defaults();
    bundle = export.protocol(protocol);
    parser = Fhir.context().newJsonParser();
  }

  /** {@return the protocol mapped and encoded, compact} */
  @Benchmark
  public String regimenToJson() {
    return parser.encodeResourceToString(export.protocol(protocol));
  }

  /** {@return the prebuilt resources encoded by HAPI, compact} */
  @Benchmark
  public String hapiEncodeOnly() {
    return parser.encodeResourceToString(bundle);
  }

  /** {@return the protocol mapped, not encoded} */
  @Benchmark
  public Bundle regimenMapOnly() {
    return export.protocol(protocol);
  }
}
