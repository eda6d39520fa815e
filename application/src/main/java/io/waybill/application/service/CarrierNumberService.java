package io.waybill.application.service;

import io.waybill.application.port.in.RecogniseCarrierNumbers;
import io.waybill.application.port.out.CarrierNumbers;
import io.waybill.application.shared.CarrierCandidate;
import java.util.List;

/** Carrier tracking numbers told apart from Waybill tracking IDs (the carriers' adapters recognise their own). */
public class CarrierNumberService implements RecogniseCarrierNumbers {

    /** Longer than any carrier's number (an X12 reference, a UPU S10, a 34-digit FedEx barcode): not looked at. */
    static final int LONGEST = 40;

    /**
     * Below this an adapter is guessing from length alone (an X12 PRO number, an EDIFACT bill of lading): not enough to
     * tell a customer what they typed.
     */
    static final double SURE_ENOUGH = 0.3;

    private final CarrierNumbers numbers;

    public CarrierNumberService(CarrierNumbers numbers) {
        this.numbers = numbers;
    }

    @Override
    public List<CarrierCandidate> carriersOf(String typed) {
        if (typed == null) {
            return List.of();
        }
        String compact = typed.replaceAll("[\\s-]", "");
        if (compact.isEmpty() || compact.length() > LONGEST) {
            return List.of();
        }
        return numbers.candidates(compact).stream().filter(c -> c.confidence() >= SURE_ENOUGH).toList();
    }
}
