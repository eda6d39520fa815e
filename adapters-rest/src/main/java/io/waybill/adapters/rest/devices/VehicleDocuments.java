package io.waybill.adapters.rest.devices;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waybill.application.port.in.ManageVehicles.VehicleView;
import io.waybill.domain.telemetry.Load;
import io.waybill.domain.telemetry.VehicleBinding;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents of {@link VehiclesResource}. */
final class VehicleDocuments {

    private VehicleDocuments() {
    }

    @Schema(name = "VehicleMountingRequest")
    public record MountingRequest(@Schema(required = true, example = "TRK-3522") String deviceId,
            @Schema(required = true, format = "date-time") String from, @Schema(format = "date-time") String until) {
    }

    @Schema(name = "VehicleLoadRequest")
    public record LoadRequest(@Schema(required = true) UUID shipmentId, @Schema(required = true, format = "date-time") String from,
            @Schema(format = "date-time") String until) {
    }

    @Schema(name = "VehicleUnloadRequest")
    public record UnloadRequest(@Schema(required = true) UUID shipmentId, @Schema(required = true, format = "date-time") String at) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "VehicleMounting")
    public record MountingDocument(@Schema(required = true) UUID id, @Schema(required = true) String deviceId,
            @Schema(required = true) Instant from, Instant until) {

        static MountingDocument of(VehicleBinding m) {
            return new MountingDocument(m.id(), m.device().value(), m.from(), m.until());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "VehicleLoad")
    public record LoadDocument(@Schema(required = true) UUID id, @Schema(required = true) UUID shipmentId,
            @Schema(required = true) Instant from, Instant until) {

        static LoadDocument of(Load l) {
            return new LoadDocument(l.id(), l.shipment().value(), l.from(), l.until());
        }
    }

    @Schema(name = "Vehicle")
    public record VehicleDocument(@Schema(required = true) String id,
            @Schema(required = true, description = "The devices mounted on it, the earliest first") List<MountingDocument> devices,
            @Schema(required = true, description = "The shipments it carried, the earliest first") List<LoadDocument> loads) {

        static VehicleDocument of(VehicleView v) {
            return new VehicleDocument(v.vehicle().value(), v.devices().stream().map(MountingDocument::of).toList(),
                    v.loads().stream().map(LoadDocument::of).toList());
        }
    }
}
