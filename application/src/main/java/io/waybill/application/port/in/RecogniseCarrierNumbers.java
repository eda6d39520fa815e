package io.waybill.application.port.in;

import io.waybill.application.shared.CarrierCandidate;
import java.util.List;

/**
 * Whether something typed where a Waybill tracking ID belongs is a carrier's tracking number instead, and whose: so
 * the tracking page can say so rather than call it a typo.
 */
public interface RecogniseCarrierNumbers {

    /** The carriers it could be a number of, most confident first; empty when none. */
    List<CarrierCandidate> carriersOf(String typed);
}
