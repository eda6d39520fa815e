package io.waybill.application.port.in;

/** An idempotency key sent again with another request than the one it came with first. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("idempotency key '" + key + "' was used with another request; a key stands for one request: send that one"
                + " again unchanged, or use a new key for a new request");
    }
}
