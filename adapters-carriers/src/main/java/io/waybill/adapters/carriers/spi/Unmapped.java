package io.waybill.adapters.carriers.spi;

import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Location;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A status report the adapter read but did not turn into an event, kept whole so it is never lost silently:
 * usually a carrier code its {@link StatusTable} does not know, sometimes a report whose local time could not
 * be placed in a zone.
 *
 * @param trackingNumber the shipment it is about
 * @param rawCode        the carrier's code, as sent
 * @param rawText        the carrier's text, if any
 * @param occurredAt     when it happened, null when the time could not be resolved (see {@code rawTime})
 * @param rawTime        the time as the carrier wrote it, null when the carrier gave none
 * @param location       where, if known
 * @param why            why it is not an event ("unknown status code", "local time without a known zone")
 */
public record Unmapped(
        CarrierTrackingNumber trackingNumber,
        String rawCode,
        String rawText,
        OffsetDateTime occurredAt,
        String rawTime,
        Location location,
        String why) {

    public Unmapped {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(rawCode, "rawCode");
        Objects.requireNonNull(why, "why");
    }
}
