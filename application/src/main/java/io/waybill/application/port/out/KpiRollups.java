package io.waybill.application.port.out;

import io.waybill.application.shared.Kpis;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The KPI facts (one per order and per shipment) and their daily sums, kept up to date from the orders' changes.
 * The refresh methods are the platform's work (every tenant's orders); the reads are the tenant's in scope.
 */
public interface KpiRollups {

    /**
     * Recomputes the facts of up to {@code batch} changed orders and marks the days (cut in {@code zone}) whose sums
     * they change.
     *
     * @return how many orders were recomputed (fewer than {@code batch}: none are left)
     */
    int refreshFacts(ZoneId zone, int batch);

    /**
     * Recomputes the sums of up to {@code batch} marked days; when the zone differs from the one the stored days were
     * cut in, marks every day again first.
     *
     * @return how many days were recomputed (fewer than {@code batch}: none are left)
     */
    int refreshDays(ZoneId zone, Instant now, int batch);

    /** The stored days of the query's period, kind, carrier and service, for its lane or all lanes ({@code *}). */
    List<Kpis.Day> days(Kpis.Query query, Kpis.Kind kind);

    /** The stored days of the query's period per lane (never {@code *}), shipments only. */
    List<Kpis.Day> laneDays(Kpis.Query query);

    /** When the sums were last brought up to date. */
    Optional<Instant> refreshedAt();
}
