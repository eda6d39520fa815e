package io.waybill.domain.kpi;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalInt;
import org.jmolecules.ddd.types.ValueObject;

/**
 * How many durations took each whole number of hours: a duration counts as its length rounded to the nearest hour
 * (half an hour up), never below 0 and at most {@link #CAP} hours (60 days; longer ones count as 60 days). Two
 * histograms add up, so a period's percentiles come exactly from its days' histograms. Percentiles are by nearest
 * rank, as PostgreSQL's {@code percentile_disc}: the smallest hour whose cumulative count reaches
 * {@code ceil(p * n)}.
 */
public final class Hours implements ValueObject {

    /** The longest duration told apart, in hours: 60 days. */
    public static final int CAP = 1440;

    private static final Hours NONE = new Hours(new long[0]);

    private final long[] counts;

    private Hours(long[] counts) {
        this.counts = counts;
    }

    public static Hours none() {
        return NONE;
    }

    /** The hour a duration counts as: rounded to the nearest hour, within 0 and {@link #CAP}. */
    public static int of(Duration duration) {
        if (duration.isNegative()) {
            return 0;
        }
        if (duration.compareTo(Duration.ofHours(CAP)) >= 0) {
            return CAP;
        }
        long micros = duration.getSeconds() * 1_000_000L + duration.getNano() / 1_000;
        return (int) Math.min(CAP, (micros + 1_800_000_000L) / 3_600_000_000L);
    }

    /** This histogram with one more duration of {@code hour} hours. */
    public Hours plus(int hour) {
        if (hour < 0 || hour > CAP) {
            throw new IllegalArgumentException("an hour of a histogram is 0 to " + CAP + ", not " + hour);
        }
        long[] more = Arrays.copyOf(counts, Math.max(counts.length, hour + 1));
        more[hour]++;
        return new Hours(more);
    }

    /** The sum of this histogram and another. */
    public Hours plus(Hours other) {
        if (other.counts.length == 0) {
            return this;
        }
        if (counts.length == 0) {
            return other;
        }
        long[] sum = Arrays.copyOf(counts, Math.max(counts.length, other.counts.length));
        for (int h = 0; h < other.counts.length; h++) {
            sum[h] += other.counts[h];
        }
        return new Hours(sum);
    }

    public long count() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** The nearest-rank percentile ({@code p} in (0, 1]), or empty when no duration was counted. */
    public OptionalInt percentile(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("a percentile is in (0, 1], not " + p);
        }
        long n = count();
        if (n == 0) {
            return OptionalInt.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(p * n));
        long seen = 0;
        for (int h = 0; h < counts.length; h++) {
            seen += counts[h];
            if (seen >= rank) {
                return OptionalInt.of(h);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + n);
    }

    /**
     * The histogram as bytes for storage: for each hour with a count, the gap from the previous such hour and the
     * count, both as unsigned LEB128 varints.
     */
    public byte[] encoded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int previous = -1;
        for (int h = 0; h < counts.length; h++) {
            if (counts[h] != 0) {
                varint(out, h - previous);
                varint(out, counts[h]);
                previous = h;
            }
        }
        return out.toByteArray();
    }

    /** The histogram {@link #encoded()} wrote. */
    public static Hours decoded(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return NONE;
        }
        long[] counts = new long[CAP + 1];
        int[] at = {0};
        int hour = -1;
        int top = -1;
        while (at[0] < bytes.length) {
            hour += (int) readVarint(bytes, at);
            long count = readVarint(bytes, at);
            if (hour > CAP || count <= 0) {
                throw new IllegalArgumentException("not an hours histogram: hour " + hour + ", count " + count);
            }
            counts[hour] = count;
            top = hour;
        }
        return new Hours(Arrays.copyOf(counts, top + 1));
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarint(byte[] bytes, int[] at) {
        long value = 0;
        int shift = 0;
        while (true) {
            if (at[0] >= bytes.length || shift > 63) {
                throw new IllegalArgumentException("not an hours histogram: a number runs past the end");
            }
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Hours other)) {
            return false;
        }
        int n = Math.max(counts.length, other.counts.length);
        for (int h = 0; h < n; h++) {
            if ((h < counts.length ? counts[h] : 0) != (h < other.counts.length ? other.counts[h] : 0)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int top = counts.length;
        while (top > 0 && counts[top - 1] == 0) {
            top--;
        }
        return Arrays.hashCode(Arrays.copyOf(counts, top));
    }

    @Override
    public String toString() {
        return "Hours" + Arrays.toString(counts);
    }
}
