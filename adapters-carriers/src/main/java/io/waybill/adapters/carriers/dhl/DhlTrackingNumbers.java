package io.waybill.adapters.carriers.dhl;

import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.domain.order.CarrierCode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DHL tracking number shapes.
 * <ul>
 *   <li>DHL Express waybill: 10 digits, the last a check digit: the first nine digits as a number, mod 7.</li>
 *   <li>Piece and parcel ids without a check that is checked here, so low confidence: {@code JJD} + 10 to 30
 *       digits and {@code JD} + 18 digits (Express pieces, Parcel), {@code GM} + 10 to 22 digits (eCommerce),
 *       {@code 3S} + letters/digits (Parcel NL).</li>
 * </ul>
 */
final class DhlTrackingNumbers {

    private static final Pattern JJD = Pattern.compile("JJD\\d{10,30}");
    private static final Pattern JD = Pattern.compile("JD\\d{18}");
    private static final Pattern GM = Pattern.compile("GM\\d{10,22}");
    private static final Pattern PARCEL_NL = Pattern.compile("3S[A-Z0-9]{8,13}");

    private DhlTrackingNumbers() {
    }

    static Optional<Recognition> recognise(CarrierCode code, String number) {
        if (number.length() == 10 && number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return express10(number)
                    ? Optional.of(new Recognition(code, 0.7, "DHL Express 10-digit waybill with valid mod-7 check digit"))
                    : Optional.empty();
        }
        if (JJD.matcher(number).matches() || JD.matcher(number).matches()) {
            return Optional.of(new Recognition(code, 0.3, "DHL piece id shape (JJD/JD prefix), no check digit verified"));
        }
        if (GM.matcher(number).matches()) {
            return Optional.of(new Recognition(code, 0.3, "DHL eCommerce GM shape, no check digit verified"));
        }
        if (PARCEL_NL.matcher(number).matches()) {
            return Optional.of(new Recognition(code, 0.2, "DHL Parcel NL 3S shape, no check digit verified"));
        }
        return Optional.empty();
    }

    static boolean express10(String number) {
        return Long.parseLong(number.substring(0, 9)) % 7 == number.charAt(9) - '0';
    }
}
