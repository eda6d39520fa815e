package io.waybill.adapters.carriers.spi;

/**
 * A carrier payload that cannot be read: empty, not the expected format, or missing or malformed data. The
 * message names what is wrong and where (a JSON path, an X12 segment and its position), so the sender can fix
 * it; callers answer it with a 4xx.
 */
public class CarrierPayloadException extends RuntimeException {

    public CarrierPayloadException(String message) {
        super(message);
    }

    public CarrierPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
