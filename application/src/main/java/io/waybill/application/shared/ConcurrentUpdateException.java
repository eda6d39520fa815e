package io.waybill.application.shared;

/** Another writer changed an order between loading and saving it; nothing was saved. Load again and retry. */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
