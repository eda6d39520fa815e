package io.waybill.adapters.carriers.formats;

import io.micrometer.core.instrument.MeterRegistry;
import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.application.port.out.CarrierFormats;
import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.application.shared.UnreadablePayloadException;
import io.waybill.domain.order.CarrierCode;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Every {@link CarrierAdapter} bean is a carrier format: a new carrier's adapter is found here without any change. A
 * status code an adapter's table does not know is counted ({@code waybill.carrier.unmapped}) and logged where the
 * payload is read, as the poller does, so that someone extends the table.
 */
@Singleton
public class CarrierAdapterFormats implements CarrierFormats {

    private static final Logger LOG = Logger.getLogger(CarrierAdapterFormats.class);

    private final Instance<CarrierAdapter> adapters;
    private final MeterRegistry meters;

    CarrierAdapterFormats(@Any Instance<CarrierAdapter> adapters, MeterRegistry meters) {
        this.adapters = adapters;
        this.meters = meters;
    }

    @Override
    public Optional<CarrierChannels> carrier(String code) {
        return adapter(code).map(adapter -> {
            Set<CarrierAdapter.Mode> modes = adapter.modes();
            boolean edi = modes.contains(CarrierAdapter.Mode.EDI);
            // a carrier that only sends EDI does not push; any other may (its secret decides whether it can)
            return new CarrierChannels(adapter.code(), !edi || modes.contains(CarrierAdapter.Mode.PUSH), edi);
        });
    }

    @Override
    public CarrierPayload read(CarrierCode carrier, byte[] payload, Instant receivedAt) {
        CarrierAdapter adapter = adapter(carrier.value())
                .orElseThrow(() -> new IllegalArgumentException("no carrier adapter for '" + carrier + "'"));
        Parsed parsed;
        try {
            parsed = adapter.parse(payload);
        } catch (CarrierPayloadException e) {
            throw new UnreadablePayloadException(e.getMessage(), e);
        }
        parsed.unmapped().forEach(unmapped -> {
            meters.counter("waybill.carrier.unmapped", "carrier", carrier.value(), "code", String.valueOf(unmapped.rawCode()))
                    .increment();
            // the code, not the carrier's text: carriers write receivers' names into it
            LOG.infof("unmapped %s code %s: %s", carrier, unmapped.rawCode(), unmapped.why());
        });
        return parsed.payload(adapter.code(), receivedAt);
    }

    private Optional<CarrierAdapter> adapter(String code) {
        for (CarrierAdapter adapter : adapters) {
            if (adapter.code().value().equalsIgnoreCase(code)) {
                return Optional.of(adapter);
            }
        }
        return Optional.empty();
    }
}
