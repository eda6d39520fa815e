package io.waybill.adapters.rest.carriers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.ReceiveCarrierPayloads.Received;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.domain.order.CarrierCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a carrier payload: what became of each event, and what the payload held that did not become one.
 * Times are written as the carrier gave them (with their offset), as text.
 */
public final class CarrierDocuments {

    private CarrierDocuments() {
    }

    public record ReceivedDocument(String carrier, int events, long accepted, long duplicates, long rejected,
            List<ResultDocument> results, List<UnmappedDocument> unmapped, List<EstimatedDeliveryDocument> estimatedDeliveries,
            List<String> warnings) {
    }

    public record ResultDocument(int index, String trackingNumber, String milestone, String occurredAt, String result,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnmappedDocument(String trackingNumber, String rawCode, String rawText, String occurredAt, String why) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EstimatedDeliveryDocument(String trackingNumber, String earliest, String latest) {
    }

    static ReceivedDocument received(CarrierCode carrier, Received received) {
        CarrierPayload payload = received.payload();
        List<ResultDocument> results = new ArrayList<>(received.outcomes().size());
        for (EventOutcome outcome : received.outcomes()) {
            CarrierPayload.Scan scan = payload.events().get(outcome.index());
            results.add(new ResultDocument(outcome.index(), text(scan.number()), scan.event().milestone().name(),
                    scan.event().occurredAt().toString(), outcome.result().name(), outcome.reason()));
        }
        return new ReceivedDocument(carrier.value(), payload.events().size(), count(received, EventOutcome.Result.ACCEPTED),
                count(received, EventOutcome.Result.DUPLICATE), count(received, EventOutcome.Result.REJECTED), results,
                payload.unmapped().stream().map(u -> new UnmappedDocument(text(u.trackingNumber()), u.rawCode(), u.rawText(),
                        text(u.occurredAt()), u.why())).toList(),
                payload.deliveryWindows().stream().map(d -> new EstimatedDeliveryDocument(text(d.trackingNumber()), text(d.earliest()),
                        text(d.latest()))).toList(),
                payload.warnings());
    }

    private static long count(Received received, EventOutcome.Result result) {
        return received.outcomes().stream().filter(o -> o.result() == result).count();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
