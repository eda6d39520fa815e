package io.waybill.application.shared;

/**
 * A carrier payload that cannot be read: empty, not the carrier's format, or with missing or malformed data. The
 * message names what is wrong and where (a JSON path, an X12 segment and its position), so the sender can fix it;
 * nothing of the payload is recorded.
 */
public class UnreadablePayloadException extends RuntimeException {

    public UnreadablePayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
