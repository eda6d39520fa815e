package io.waybill.application.port.in;

import io.waybill.domain.exceptions.ExceptionId;

/** No item of the exceptions queue has this id (or none the caller's tenant may see). */
public class ExceptionItemNotFoundException extends RuntimeException {

    public ExceptionItemNotFoundException(ExceptionId id) {
        super("no exception " + id + " (or it is another tenant's)");
    }
}
