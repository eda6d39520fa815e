package io.waybill.adapters.rest.carriers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.ReceiveCarrierPayloads.Received;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.domain.order.CarrierCode;
import java.util.ArrayList;
import io.waybill.domain.tracking.Milestone;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a carrier payload: what became of each event, and what the payload held that did not become one.
 * Times are written as the carrier gave them (with their offset), as text.
 */
public final class CarrierDocuments {

    private CarrierDocuments() {
    }

    public record ReceivedDocument(@Schema(required = true) String carrier,
            @Schema(required = true, description = "How many events the payload held") int events, @Schema(required = true) long accepted,
            @Schema(required = true) long duplicates, @Schema(required = true) long rejected,
            @Schema(required = true) List<ResultDocument> results,
            @Schema(required = true, description = "What the payload held that did not become an event") List<UnmappedDocument> unmapped,
            @Schema(required = true) List<EstimatedDeliveryDocument> estimatedDeliveries,
            @Schema(required = true) List<String> warnings) {
    }

    public record ResultDocument(@Schema(required = true) int index, @Schema(required = true, nullable = true) String trackingNumber,
            @Schema(required = true, type = SchemaType.STRING, implementation = Milestone.class) String milestone,
            @Schema(required = true, format = "date-time", description = "As the carrier gave it, with its offset") String occurredAt,
            @Schema(required = true, type = SchemaType.STRING, implementation = EventOutcome.Result.class) String result,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnmappedDocument(String trackingNumber, String rawCode, String rawText, @Schema(format = "date-time") String occurredAt,
            @Schema(required = true) String why) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EstimatedDeliveryDocument(String trackingNumber, @Schema(format = "date-time") String earliest,
            @Schema(format = "date-time") String latest) {
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
