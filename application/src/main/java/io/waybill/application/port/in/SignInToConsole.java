package io.waybill.application.port.in;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import java.util.Optional;

/**
 * Signs operations staff in to the console with their API key, and tells who holds a console session. The session
 * names the key by its digest, never by the key itself, and lasts only while the key stays valid: revoking or expiring
 * the key ends every session opened with it.
 */
public interface SignInToConsole {

    /**
     * The holder of the presented key and its digest, if the key is valid and its role may use the console (operator,
     * admin, platform admin; an integrator's key is a system's, not a person's).
     */
    Optional<SignedIn> signIn(String presentedKey);

    /** The holder of the key with this digest, while that key is valid and may use the console. */
    Optional<Principal> resume(String keyDigest);

    /** Who signed in, and the digest that names their key in the session. */
    record SignedIn(Principal principal, String keyDigest) {
    }
}
