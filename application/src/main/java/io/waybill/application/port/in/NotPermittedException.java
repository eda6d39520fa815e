package io.waybill.application.port.in;

/** The caller is known but its role may not do this (a tenant admin issuing a platform-admin key, creating a tenant). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
