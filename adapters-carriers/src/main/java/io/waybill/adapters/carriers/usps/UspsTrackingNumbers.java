package io.waybill.adapters.carriers.usps;

import io.waybill.adapters.carriers.spi.TrackingNumbers;
import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.domain.order.CarrierCode;
import java.util.Optional;

/**
 * USPS Intelligent Mail package barcode (IMpb) tracking numbers: 20 to 22 digits starting with a channel
 * application identifier {@code 92}, {@code 93}, {@code 94} or {@code 95}; the last digit is a mod-10 check
 * digit: from the rightmost data digit, weights 3, 1, 3, ... (the GS1/UCC rule); the check digit completes the
 * sum to a multiple of ten. FedEx SmartPost and Ground use the same rule on 20 digits, so the 20-digit shape
 * is less certain than the 22-digit one. The 26/30/34-digit forms with a {@code 420}+ZIP routing prefix are
 * not recognised.
 */
final class UspsTrackingNumbers {

    private UspsTrackingNumbers() {
    }

    static Optional<Recognition> recognise(CarrierCode code, String number) {
        if (number.length() < 20 || number.length() > 22 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        char second = number.charAt(1);
        if (number.charAt(0) != '9' || second < '2' || second > '5' || !TrackingNumbers.gs1Mod10(number)) {
            return Optional.empty();
        }
        double confidence = number.length() == 22 ? 0.9 : 0.6;
        return Optional.of(new Recognition(code, confidence,
                "USPS IMpb " + number.length() + "-digit number starting " + number.substring(0, 2) + " with valid mod-10 check digit"));
    }

}
