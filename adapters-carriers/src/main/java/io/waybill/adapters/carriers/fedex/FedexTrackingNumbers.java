package io.waybill.adapters.carriers.fedex;

import io.waybill.adapters.carriers.spi.TrackingNumbers;
import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.domain.order.CarrierCode;
import java.util.Optional;

/**
 * FedEx tracking number shapes and their check digits.
 * <ul>
 *   <li>12 digits (Express): weights 1, 3, 7 repeating from the rightmost of the first 11 digits; the sum
 *       mod 11, then mod 10, is the check digit.</li>
 *   <li>15 digits (Ground): mod 10, weights 3 and 1 from the rightmost data digit (the UCC/GS1 rule).</li>
 *   <li>22 digits starting {@code 96} (Ground barcode): the last 15 digits are a Ground number.</li>
 *   <li>20 digits (SmartPost, Ground 20-digit): GS1 mod 10 over the first 19. USPS uses the same rule on 20-
 *       and 22-digit numbers, so confidence is lower.</li>
 * </ul>
 */
final class FedexTrackingNumbers {

    private FedexTrackingNumbers() {
    }

    static Optional<Recognition> recognise(CarrierCode code, String number) {
        if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return switch (number.length()) {
            case 12 -> express12(number)
                    ? Optional.of(new Recognition(code, 0.9, "FedEx Express 12-digit number with valid check digit (weights 1,3,7)"))
                    : Optional.empty();
            case 15 -> TrackingNumbers.gs1Mod10(number)
                    ? Optional.of(new Recognition(code, 0.8, "FedEx Ground 15-digit number with valid mod-10 check digit"))
                    : Optional.empty();
            case 20 -> TrackingNumbers.gs1Mod10(number)
                    ? Optional.of(new Recognition(code, 0.5, "20-digit number with valid mod-10 check digit (FedEx SmartPost/Ground; USPS uses the same shape)"))
                    : Optional.empty();
            case 22 -> number.startsWith("96") && TrackingNumbers.gs1Mod10(number.substring(7))
                    ? Optional.of(new Recognition(code, 0.8, "FedEx Ground 96 barcode whose last 15 digits have a valid mod-10 check digit"))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    static boolean express12(String number) {
        int[] weights = {1, 3, 7};
        int sum = 0;
        for (int i = 10, w = 0; i >= 0; i--, w++) {
            sum += (number.charAt(i) - '0') * weights[w % 3];
        }
        return (sum % 11) % 10 == number.charAt(11) - '0';
    }
}
