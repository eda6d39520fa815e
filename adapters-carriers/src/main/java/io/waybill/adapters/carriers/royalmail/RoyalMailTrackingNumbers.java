package io.waybill.adapters.carriers.royalmail;

import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.domain.order.CarrierCode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Royal Mail tracking numbers in the UPU S10 format (UPU standard S10, "Identification of postal items"): two
 * letters (service indicator), an eight-digit serial number, a check digit and the ISO country code of the postal
 * operator, {@code GB} for Royal Mail ({@code FQ087430672GB}). The check digit: the serial's digits weighted 8, 6,
 * 4, 2, 3, 5, 9, 7 and summed; 11 minus the sum mod 11, where 10 becomes 0 and 11 becomes 5.
 *
 * <p>S10 numbers of other postal operators (other country codes) and Royal Mail's 2D-barcode item ids
 * ({@code uniqueItemId}, which have no published check) are not recognised.
 */
final class RoyalMailTrackingNumbers {

    private static final Pattern S10_GB = Pattern.compile("[A-Z]{2}\\d{9}GB");
    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private RoyalMailTrackingNumbers() {
    }

    static Optional<Recognition> recognise(CarrierCode code, String number) {
        if (!S10_GB.matcher(number).matches() || !s10CheckDigitIsValid(number)) {
            return Optional.empty();
        }
        return Optional.of(new Recognition(code, 0.9, "Royal Mail UPU S10 number (GB) with valid check digit"));
    }

    /** Whether the S10 number's tenth character is the check digit of the eight serial digits before it. */
    static boolean s10CheckDigitIsValid(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(2 + i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            check = 0;
        } else if (check == 11) {
            check = 5;
        }
        return number.charAt(10) - '0' == check;
    }
}
