package io.waybill.adapters.carriers.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The XML reader streams: a generated DHL-shaped document of 1, 10 and 100 MB (waybills with events, and one waybill
 * with a 20 % part of references nobody asks for) is read with the memory kept alive flat. Figures in docs/benchmarks.md.
 */
class CarrierXmlStreamingTest {

    private static final byte[] HEAD = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<req:TrackingResponse xmlns:req=\"http://www.dhl.com\">\n");
    private static final byte[] AWB = bytes("""
              <AWBInfo><AWBNumber>3180831640</AWBNumber><Status><ActionStatus>success</ActionStatus></Status><ShipmentInfo>
                <ShipmentEvent><Date>2009-08-28</Date><Time>13:26:00</Time><ServiceEvent><EventCode>PU</EventCode>
                  <Description>Shipment picked up</Description></ServiceEvent><ServiceArea><ServiceAreaCode>BCN</ServiceAreaCode>
                  <Description>Barcelona - Spain</Description></ServiceArea></ShipmentEvent>
                <ShipmentEvent><Date>2009-08-31</Date><Time>10:09:00</Time><ServiceEvent><EventCode>OK</EventCode>
                  <Description>Shipment delivered</Description></ServiceEvent><Signatory>CAMPAGNA</Signatory><ServiceArea>
                  <ServiceAreaCode>MIL</ServiceAreaCode><Description>Milan - Italy</Description></ServiceArea></ShipmentEvent>
              </ShipmentInfo></AWBInfo>
            """);
    private static final byte[] IGNORED = bytes("<ShipperReference><ReferenceID>28707-ignored-reference</ReferenceID></ShipperReference>\n");
    private static final byte[] TAIL = bytes("</req:TrackingResponse>\n");

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** HEAD, waybills, one waybill whose ShipmentInfo holds a fifth of the size in references, waybills, TAIL: never held whole. */
    static final class Generated extends InputStream {
        private final long awbs;
        private final long references;
        private long part;
        private byte[] chunk = HEAD;
        private int at;

        Generated(long size) {
            long body = size - HEAD.length - TAIL.length;
            this.references = body / 5 / IGNORED.length;
            this.awbs = (body - references * IGNORED.length) / AWB.length;
        }

        private byte[] next() {
            part++;
            long half = awbs / 2;
            if (part <= half) {
                return AWB;
            }
            if (part == half + 1) {
                return bytes("<AWBInfo><AWBNumber>7740842550</AWBNumber><ShipmentInfo>\n");
            }
            if (part <= half + 1 + references) {
                return IGNORED;
            }
            if (part == half + 2 + references) {
                return bytes("</ShipmentInfo></AWBInfo>\n");
            }
            if (part <= awbs + 2 + references) {
                return AWB;
            }
            return part == awbs + 3 + references ? TAIL : null;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            while (chunk != null && at == chunk.length) {
                chunk = next();
                at = 0;
            }
            if (chunk == null) {
                return -1;
            }
            int n = Math.min(length, chunk.length - at);
            System.arraycopy(chunk, at, into, offset, n);
            at += n;
            return n;
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Peak memory kept alive while reading, in bytes, and the events seen; {@code [0]} peak, {@code [1]} events, {@code [2]} references. */
    private static long[] read(long size) {
        long baseline = usedAfterGc();
        long[] seen = new long[3];
        CarrierXml.of("DHL Express").root("http://www.dhl.com", "TrackingResponse")
                .on("TrackingResponse/AWBInfo/ShipmentInfo/ShipmentEvent", event -> {
                    if (event.text("ServiceEvent", "EventCode") != null && ++seen[1] % 40_000 == 0) {
                        seen[0] = Math.max(seen[0], usedAfterGc() - baseline);
                    }
                })
                .begin("TrackingResponse/AWBInfo/ShipmentInfo/ShipperReference", where -> {
                    if (++seen[2] % 200_000 == 0) {
                        seen[0] = Math.max(seen[0], usedAfterGc() - baseline);
                    }
                })
                .read(new Generated(size));
        return seen;
    }

    @Test
    void memoryStaysFlatFromOneToAHundredMegabytes() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] peaks = new long[3];
        long[] sizes = {1L << 20, 10L << 20, 100L << 20};
        for (int i = 0; i < sizes.length; i++) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            long[] seen = read(sizes[i]);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            peaks[i] = Math.max(seen[0], 0);
            System.out.printf("CarrierXml %4d MB: %,d events, %,d ignored references, %,d ms, peak kept alive %,d KB, allocated %,d MB%n",
                    sizes[i] >> 20, seen[1], seen[2], millis, peaks[i] >> 10, allocated >> 20);
            assertThat(seen[1]).as("events of %d MB", sizes[i] >> 20).isGreaterThan(sizes[i] / 1_500);
        }
        assertThat(peaks[2]).as("memory kept alive reading 100 MB").isLessThan(8L << 20);
        assertThat(peaks[2] - peaks[0]).as("growth from 1 MB to 100 MB").isLessThan(4L << 20);
    }
}
