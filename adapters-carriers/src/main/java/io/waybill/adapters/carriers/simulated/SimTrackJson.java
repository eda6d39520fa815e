package io.waybill.adapters.carriers.simulated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The simulated carrier's own tracking format ("SimTrack"), as its API answers and its webhooks send it:
 * <pre>{@code
 * {"carrier": "sim",
 *  "shipments": [{"trackingNumber": "SIM000000000042",
 *                 "estimatedDelivery": {"from": "2026-11-26T08:00+01:00", "to": "2026-11-26T18:00+01:00"},
 *                 "events": [{"id": "SIM000000000042:01-PU", "code": "PU", "description": "Picked up",
 *                             "reason": null, "time": "2026-11-25T15:10:00+01:00",
 *                             "location": {"facility": "SIM Hub Berlin", "city": "Berlin", "country": "DE",
 *                                          "lat": 52.52, "lon": 13.405},
 *                             "proof": {"signedBy": "...", "signature": "sim://...", "photo": null,
 *                                       "lat": 48.1, "lon": 11.6}}]}],
 *  "unknown": ["SIM000000000999"]}
 * }</pre>
 * Times carry the offset of the place where the scan happened.
 */
final class SimTrackJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode shipments;
    private final ArrayNode unknown;

    SimTrackJson(String carrier) {
        root.put("carrier", carrier);
        shipments = root.putArray("shipments");
        unknown = root.putArray("unknown");
    }

    /** A shipment with its scans so far; {@code stamp} turns a scan's simulated time into the time reported. */
    SimTrackJson shipment(Journey journey, List<Journey.Step> steps, Function<Instant, Instant> stamp) {
        ObjectNode shipment = shipments.addObject();
        shipment.put("trackingNumber", journey.number().value());
        ZoneId destination = journey.steps().getLast().zone();
        Instant latest = stamp.apply(journey.estimatedDelivery());
        ObjectNode estimate = shipment.putObject("estimatedDelivery");
        estimate.put("from", latest.minusSeconds(10 * 3600).atZone(destination).toOffsetDateTime().toString());
        estimate.put("to", latest.atZone(destination).toOffsetDateTime().toString());
        ArrayNode events = shipment.putArray("events");
        for (Journey.Step step : steps) {
            ObjectNode event = events.addObject();
            event.put("id", step.sourceEventId());
            event.put("code", step.rawCode());
            event.put("description", step.rawText());
            event.put("reason", step.reason());
            event.put("time", stamp.apply(step.at()).atZone(step.zone()).toOffsetDateTime().toString());
            Location location = step.location();
            if (location != null) {
                ObjectNode place = event.putObject("location");
                place.put("facility", location.facility());
                place.put("city", location.city());
                place.put("country", location.countryCode());
                position(place, location.position());
            }
            ProofOfDelivery proof = step.proofOfDelivery();
            if (proof != null) {
                ObjectNode pod = event.putObject("proof");
                pod.put("signedBy", proof.receivedBy());
                pod.put("signature", proof.signatureRef());
                pod.put("photo", proof.photoRef());
                position(pod, proof.position());
            }
        }
        return this;
    }

    SimTrackJson unknown(String number) {
        unknown.add(number);
        return this;
    }

    byte[] toBytes() {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SimTrack JSON", e);
        }
    }

    private static void position(ObjectNode node, GeoPoint position) {
        if (position != null) {
            node.put("lat", position.latitude());
            node.put("lon", position.longitude());
        }
    }
}
