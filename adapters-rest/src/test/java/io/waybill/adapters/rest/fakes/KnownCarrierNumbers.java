package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.RecogniseCarrierNumbers;
import io.waybill.application.shared.CarrierCandidate;
import jakarta.inject.Singleton;
import java.util.List;

/** Carrier numbers as this module's tests know them: a UPS number starts with 1Z (the carriers' own rules are in adapters-carriers). */
@Singleton
public class KnownCarrierNumbers implements RecogniseCarrierNumbers {

    @Override
    public List<CarrierCandidate> carriersOf(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase();
        return compact.matches("1Z[0-9A-Z]{16}") ? List.of(new CarrierCandidate("ups", 0.99, "1Z and 16 characters")) : List.of();
    }
}
