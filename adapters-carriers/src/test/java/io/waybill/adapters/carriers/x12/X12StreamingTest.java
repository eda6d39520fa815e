package io.waybill.adapters.carriers.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.application.port.in.RecordTrackingEvents;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A large interchange goes through in bounded memory: the parser holds one segment and one set, never the input. */
class X12StreamingTest {

    private static final long SIZE = 50L * 1024 * 1024;

    /** Generates an interchange of about {@code SIZE} bytes on the fly, so the test itself holds none of it. */
    static final class GeneratedInterchange extends InputStream {

        private byte[] chunk = header();
        private int index;
        private long produced;
        private int sets;
        private boolean done;

        private static byte[] header() {
            return ("ISA*00*          *00*          *ZZ*BIGCARRIER     *ZZ*WAYBILL        *240310*0800*U*00401*000000777*0*T*:~\n"
                    + "GS*QM*BIGCARRIER*WAYBILL*20240310*0800*777*X*004010~\n").getBytes(StandardCharsets.US_ASCII);
        }

        private byte[] nextChunk() {
            if (done) {
                return null;
            }
            if (produced >= SIZE) {
                done = true;
                return ("GE*" + sets + "*777~\nIEA*1*000000777~\n").getBytes(StandardCharsets.US_ASCII);
            }
            sets++;
            String control = String.format("%09d", sets);
            String pro = String.format("P%09d", sets);
            String set = "ST*214*" + control + "~\n"
                    + "B10*" + pro + "*S" + sets + "*BIGC~\n"
                    + "LX*1~\nAT7*AF*NS***20240309*1630*ET~\nMS1*ATLANTA*GA*US~\n"
                    + "LX*2~\nAT7*X6*NS***20240310*0400*CT~\nMS1*DALLAS*TX*US~\n"
                    + "LX*3~\nAT7*D1*NS***20240311*1412*LT~\nMS1*PHOENIX*AZ*US~\n"
                    + "SE*12*" + control + "~\n";
            return set.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (chunk != null && index == chunk.length) {
                chunk = nextChunk();
                index = 0;
            }
            if (chunk == null) {
                return -1;
            }
            int n = Math.min(length, chunk.length - index);
            System.arraycopy(chunk, index, buffer, offset, n);
            index += n;
            produced += n;
            return n;
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void streamsFiftyMegabytesInBoundedMemory() {
        long baseline = usedAfterGc();
        long[] peakRetained = {0};
        long[] events = {0};

        new X12StatusMessages(X12StatusMessagesContractTest.CLOCK).stream(new GeneratedInterchange(), new X12StatusMessages.Listener() {
            @Override
            public void event(RecordTrackingEvents.Event event) {
                events[0]++;
                if (events[0] % 150_000 == 0) { // a few samples of what the parser keeps alive mid-stream
                    peakRetained[0] = Math.max(peakRetained[0], usedAfterGc() - baseline);
                }
            }

            @Override
            public void unmapped(Unmapped unmapped) {
                throw new AssertionError("every generated status is known: " + unmapped);
            }

            @Override
            public void estimate(EstimatedDelivery estimate) {
                throw new AssertionError("no estimates generated");
            }
        });

        assertThat(events[0]).as("3 events per set of ~300 bytes").isGreaterThan(3L * SIZE / 400);
        assertThat(peakRetained[0]).as("memory kept alive while streaming %d MB", SIZE >> 20).isLessThan(SIZE / 10);
    }
}
