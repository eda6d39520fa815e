package io.waybill.domain.telemetry;

import java.time.Instant;

/** Half-open spans of time [from, until), null until: open. */
final class Span {

    private Span() {
    }

    static boolean overlap(Instant aFrom, Instant aUntil, Instant bFrom, Instant bUntil) {
        return (bUntil == null || aFrom.isBefore(bUntil)) && (aUntil == null || bFrom.isBefore(aUntil));
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earlier end; null (open) only when both are open. */
    static Instant earlierEnd(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
