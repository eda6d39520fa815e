package io.waybill.application.port.out;

import io.waybill.application.shared.CarrierCandidate;
import java.util.List;

/** Which carriers a tracking number could belong to: every carrier adapter is asked; most confident first. */
public interface CarrierNumbers {

    /** No carrier adapters: nothing is recognised. */
    CarrierNumbers NONE = number -> List.of();

    /** Empty when no carrier recognises it. */
    List<CarrierCandidate> candidates(String number);
}
