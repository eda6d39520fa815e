package io.waybill.adapters.carriers.canadapost;

import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.adapters.carriers.spi.TrackingNumbers;
import io.waybill.domain.order.CarrierCode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Canada Post tracking numbers: the PIN (Parcel Identification Number) of domestic parcels, 16 digits
 * ({@code 7023210039414604}; Canada Post's Get Tracking Details page allows 12, 13 or 16 characters), recognised by
 * shape only since no check-digit rule was found published; and UPU S10 numbers of Canada Post ({@code XX123456789CA},
 * two letters, eight serial digits, the S10 check digit, {@code CA}). 12-digit PINs are not claimed: they cannot be
 * told from FedEx Express numbers by shape.
 */
final class CanadaPostTrackingNumbers {

    private static final Pattern PIN = Pattern.compile("\\d{16}");
    private static final Pattern S10_CA = Pattern.compile("[A-Z]{2}\\d{9}CA");

    private CanadaPostTrackingNumbers() {
    }

    static Optional<Recognition> recognise(CarrierCode code, String number) {
        if (PIN.matcher(number).matches()) {
            return Optional.of(new Recognition(code, 0.4, "Canada Post 16-digit PIN shape, no check digit verified"));
        }
        if (S10_CA.matcher(number).matches() && TrackingNumbers.s10CheckDigitIsValid(number)) {
            return Optional.of(new Recognition(code, 0.9, "Canada Post UPU S10 number (CA) with valid check digit"));
        }
        return Optional.empty();
    }
}
