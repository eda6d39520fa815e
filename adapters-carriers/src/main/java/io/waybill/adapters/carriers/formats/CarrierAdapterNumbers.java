package io.waybill.adapters.carriers.formats;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierDetection;
import io.waybill.application.port.out.CarrierNumbers;
import io.waybill.application.shared.CarrierCandidate;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.List;

/** The {@link CarrierNumbers} port: every carrier adapter's own recognition of its numbers ({@link CarrierDetection}). */
@Singleton
public class CarrierAdapterNumbers implements CarrierNumbers {

    private final CarrierDetection detection;

    CarrierAdapterNumbers(@Any Instance<CarrierAdapter> adapters) {
        this.detection = new CarrierDetection(adapters.stream().toList());
    }

    @Override
    public List<CarrierCandidate> candidates(String number) {
        return detection.candidates(number).stream()
                .map(r -> new CarrierCandidate(r.carrier().value(), r.confidence(), r.reason())).toList();
    }
}
