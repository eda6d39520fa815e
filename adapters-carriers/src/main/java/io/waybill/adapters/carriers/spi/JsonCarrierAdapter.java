package io.waybill.adapters.carriers.spi;

import io.waybill.domain.order.CarrierCode;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The common part of carriers whose tracking API answers JSON and can be polled or push: identity, modes,
 * and recognition of a cleaned-up tracking number. Subclasses parse their format and know their numbers.
 */
public abstract class JsonCarrierAdapter implements CarrierAdapter {

    private final CarrierCode code;
    private final String displayName;
    /** Stamps the received-at of the events. */
    protected final Clock clock;

    protected JsonCarrierAdapter(CarrierCode code, String displayName, Clock clock) {
        this.code = code;
        this.displayName = displayName;
        this.clock = clock;
    }

    @Override
    public final CarrierCode code() {
        return code;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public Set<Mode> modes() {
        return Set.of(Mode.POLL, Mode.PUSH);
    }

    @Override
    public final Optional<Recognition> recognise(String trackingNumber) {
        return trackingNumber == null ? Optional.empty() : recogniseNormalized(TrackingNumbers.normalize(trackingNumber));
    }

    /** Recognition of a number already without spaces and in upper case. */
    protected abstract Optional<Recognition> recogniseNormalized(String number);
}
