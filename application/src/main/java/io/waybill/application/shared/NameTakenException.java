package io.waybill.application.shared;

/** A name that must be unique is in use: an API key's name within its tenant, a tenant's id. */
public class NameTakenException extends RuntimeException {

    public NameTakenException(String what) {
        super(what + " is already taken");
    }
}
