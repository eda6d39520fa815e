package io.waybill.application.shared;

/** Push secrets cannot be kept: the installation has no key to encrypt them under. The message names the setting. */
public class PushSecretsUnavailableException extends RuntimeException {

    public PushSecretsUnavailableException(String message) {
        super(message);
    }
}
