package io.waybill.adapters.carriers.x12;

import io.waybill.adapters.carriers.fedex.FedexCarrier;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.adapters.carriers.ups.UpsCarrier;
import io.waybill.application.port.in.RecordTrackingEvents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: X12 214 parsing (one interchange of {@value #SETS} transaction sets, 12 segments and 3 events
 * each) and carrier JSON normalization (the UPS and FedEx fixtures). Throughput in operations per
 * second; segments/s and events/s follow by multiplying (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CarrierParsingBenchmark {

    static final int SETS = 20_000;
    static final int SEGMENTS = SETS * 12 + 4;

    private byte[] interchange;
    private byte[] ups;
    private byte[] fedex;
    private final X12StatusMessages x12 = new X12StatusMessages(Clock.systemUTC());
    private final UpsCarrier upsCarrier = new UpsCarrier(Clock.systemUTC());
    private final FedexCarrier fedexCarrier = new FedexCarrier(Clock.systemUTC());

    @Setup
    public void setUp() throws IOException {
        StringBuilder edi = new StringBuilder(SETS * 260);
        edi.append("ISA*00*          *00*          *ZZ*BIGCARRIER     *ZZ*WAYBILL        *240310*0800*U*00401*000000777*0*T*:~\n")
                .append("GS*QM*BIGCARRIER*WAYBILL*20240310*0800*777*X*004010~\n");
        for (int set = 1; set <= SETS; set++) {
            String control = String.format("%09d", set);
            edi.append("ST*214*").append(control).append("~\n")
                    .append("B10*").append(String.format("P%09d", set)).append("*S").append(set).append("*BIGC~\n")
                    .append("LX*1~\nAT7*AF*NS***20240309*1630*ET~\nMS1*ATLANTA*GA*US~\n")
                    .append("LX*2~\nAT7*X6*NS***20240310*0400*CT~\nMS1*DALLAS*TX*US~\n")
                    .append("LX*3~\nAT7*D1*NS***20240311*1412*LT~\nMS1*PHOENIX*AZ*US~\n")
                    .append("SE*12*").append(control).append("~\n");
        }
        edi.append("GE*").append(SETS).append("*777~\nIEA*1*000000777~\n");
        interchange = edi.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ups = resource("/fixtures/carriers/ups-delivered-journey.json");
        fedex = resource("/fixtures/carriers/fedex-delivered-journey.json");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CarrierParsingBenchmark.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** Streams one interchange; returns the number of events so the work cannot be optimized away. */
    @Benchmark
    public long x12Interchange() {
        long[] events = new long[1];
        x12.stream(new ByteArrayInputStream(interchange), new X12StatusMessages.Listener() {
            @Override
            public void event(RecordTrackingEvents.Event event) {
                events[0]++;
            }

            @Override
            public void unmapped(Unmapped unmapped) {
                throw new IllegalStateException("unexpected unmapped code " + unmapped);
            }

            @Override
            public void estimate(EstimatedDelivery estimate) {
            }
        });
        return events[0];
    }

    @Benchmark
    public int upsJson() {
        return upsCarrier.parse(ups).events().size();
    }

    @Benchmark
    public int fedexJson() {
        return fedexCarrier.parse(fedex).events().size();
    }
}
