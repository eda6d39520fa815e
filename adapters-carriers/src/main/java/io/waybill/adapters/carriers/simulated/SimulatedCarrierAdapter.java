package io.waybill.adapters.carriers.simulated;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import static io.waybill.adapters.carriers.spi.CarrierJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.waybill.adapters.carriers.spi.CarrierJson;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.JsonCarrierAdapter;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.ParsedBuilder;
import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.adapters.carriers.spi.TrackingRequests;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Waybill's adapter for the simulated carrier's API and webhooks ({@link SimTrackJson}), exactly as for a real
 * carrier: it knows nothing of the simulator but its format. Times carry their offset and are kept as they are;
 * a time without offset is refused (the format requires one). Tracking numbers are {@code SIM} and 12 digits
 * (no check digit). Polled with {@code GET <endpoint>/v1/tracking?numbers=a,b}, up to 50 numbers per request.
 */
@Singleton
@Named("sim")
public final class SimulatedCarrierAdapter extends JsonCarrierAdapter {

    private static final Pattern NUMBER = Pattern.compile("SIM\\d{12}");
    static final StatusTable STATUSES = StatusTable.of("simulated carrier")
            .map("PU", Milestone.HANDED_OVER, null)
            .map("AR", Milestone.IN_TRANSIT, null)
            .map("DP", Milestone.IN_TRANSIT, null)
            .map("RS", Milestone.IN_TRANSIT, null)
            .map("SE", Milestone.HELD, "address problem")
            .map("WX", Milestone.HELD, "weather")
            .map("OD", Milestone.OUT_FOR_DELIVERY, null)
            .map("DE", Milestone.DELIVERY_ATTEMPT_FAILED, "recipient not at home")
            .map("DL", Milestone.DELIVERED, null)
            .map("RT", Milestone.RETURNED_TO_SENDER, "undeliverable")
            .map("LO", Milestone.LOST, "lost in network")
            .build();

    /** Under the carrier code {@code sim}. */
    @Inject
    public SimulatedCarrierAdapter(Clock clock) {
        this(new CarrierCode("sim"), clock);
    }

    /** @param code the carrier code the simulator serves under (normally {@code sim}) */
    public SimulatedCarrierAdapter(CarrierCode code, Clock clock) {
        super(code, "Simulated carrier (" + code.value() + ")", clock);
    }

    @Override
    protected Optional<Recognition> recogniseNormalized(String number) {
        return NUMBER.matcher(number).matches()
                ? Optional.of(new Recognition(code(), 0.9, "SIM followed by 12 digits (simulated carrier, no check digit)"))
                : Optional.empty();
    }

    @Override
    public Optional<TrackingRequests> trackingRequests() {
        return Optional.of(TrackingRequests.of(50, (endpoint, numbers) -> HttpRequest.newBuilder(TrackingRequests.resolve(endpoint,
                "/v1/tracking?numbers=" + numbers.stream().map(n -> URLEncoder.encode(n.value(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining(",")))).header("Accept", "application/json").GET()));
    }

    @Override
    public Parsed parse(byte[] payload) {
        JsonNode root = CarrierJson.read(payload, "simulated carrier", false);
        JsonNode shipments = root.path("shipments");
        if (!shipments.isArray()) {
            throw new CarrierPayloadException("SimTrack payload: $.shipments is missing or not an array");
        }
        ParsedBuilder out = new ParsedBuilder(code(), clock.instant());
        for (JsonNode unknown : root.path("unknown")) {
            out.warn("the carrier does not know tracking number " + unknown.asText());
        }
        for (int s = 0; s < shipments.size(); s++) {
            String path = "$.shipments[" + s + "]";
            JsonNode shipment = shipments.get(s);
            CarrierTrackingNumber number = ParsedBuilder.trackingNumber(text(shipment, "trackingNumber"), path + ".trackingNumber");
            JsonNode estimate = shipment.path("estimatedDelivery");
            if (estimate.isObject()) {
                OffsetDateTime from = time(text(estimate, "from"), path + ".estimatedDelivery.from", true);
                OffsetDateTime to = time(text(estimate, "to"), path + ".estimatedDelivery.to", true);
                if (from != null || to != null) {
                    out.estimate(new EstimatedDelivery(number, from, to));
                }
            }
            JsonNode events = shipment.path("events");
            for (int e = 0; e < events.size(); e++) {
                String where = path + ".events[" + e + "]";
                JsonNode event = events.get(e);
                String code = text(event, "code");
                String id = text(event, "id");
                if (id == null) {
                    throw new CarrierPayloadException(where + ".id is missing");
                }
                OffsetDateTime at = time(text(event, "time"), where + ".time", false);
                Location location = location(event.path("location"));
                Optional<StatusTable.Entry> status = code == null ? Optional.empty() : STATUSES.lookup(code);
                if (status.isEmpty()) {
                    out.unmapped(new Unmapped(number, code == null ? "" : code, text(event, "description"), at, text(event, "time"),
                            location, code == null ? "event without code" : "code not in the simulated carrier's table"));
                    continue;
                }
                String reason = text(event, "reason") != null ? text(event, "reason") : status.get().reason();
                out.event(number, status.get(), code, text(event, "description"), reason, at, location,
                        proof(event.path("proof")), id, where);
            }
        }
        return out.build();
    }

    private static OffsetDateTime time(String raw, String where, boolean optional) {
        if (raw == null) {
            if (optional) {
                return null;
            }
            throw new CarrierPayloadException(where + " is missing");
        }
        try {
            return OffsetDateTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw new CarrierPayloadException(where + ": '" + raw + "' is not a time with offset (ISO 8601)", e);
        }
    }

    private static Location location(JsonNode place) {
        if (!place.isObject()) {
            return null;
        }
        return new Location(text(place, "facility"), text(place, "city"), text(place, "country"), position(place));
    }

    private static ProofOfDelivery proof(JsonNode proof) {
        if (!proof.isObject()) {
            return null;
        }
        return new ProofOfDelivery(text(proof, "signedBy"), text(proof, "signature"), text(proof, "photo"), position(proof));
    }

    private static GeoPoint position(JsonNode node) {
        return node.path("lat").isNumber() && node.path("lon").isNumber()
                ? new GeoPoint(node.path("lat").asDouble(), node.path("lon").asDouble()) : null;
    }
}
