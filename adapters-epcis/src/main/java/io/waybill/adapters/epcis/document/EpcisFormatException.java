package io.waybill.adapters.epcis.document;

/** The input is not an EPCIS document this module can read, or is larger than allowed; the message says which. */
public class EpcisFormatException extends RuntimeException {

    public EpcisFormatException(String message) {
        super(message);
    }

    public EpcisFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
