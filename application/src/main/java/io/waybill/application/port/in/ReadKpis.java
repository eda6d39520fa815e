package io.waybill.application.port.in;

import io.waybill.application.shared.Kpis;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The key performance figures of the tenant in scope (definitions: {@code docs/kpis.md}). */
public interface ReadKpis {

    /** The zone the figures' days are cut in. */
    ZoneId zone();

    /** Today in the zone the figures' days are cut in: the default end of a period. */
    LocalDate today();

    /** A period's figures of orders and shipments, per carrier and service, and per day. */
    Kpis.Report report(Kpis.Query query);

    /** A period's shipment figures per lane, the lowest on-time rate first (lanes without a promise last). */
    List<Kpis.LaneLine> lanes(Kpis.Query query);
}
