package io.waybill.adapters.rest.pages;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.SignInToConsole;
import io.waybill.application.shared.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The console's sessions: a cookie (HttpOnly, SameSite=Lax, Secure over HTTPS, path {@code /console}) that names the
 * operator's key by its digest, an expiry and a random nonce, signed with HMAC-SHA256 under
 * {@code waybill.console.secret}. Nothing is stored: every instance with the same secret reads the same cookie, and a
 * session ends at its expiry or as soon as its key is revoked or expires ({@link SignInToConsole#resume}). Forms carry a
 * CSRF token derived from the nonce (HMAC again), so a page of another site cannot post in the operator's name.
 */
@ApplicationScoped
public class ConsoleSessions {

    static final String COOKIE = "waybill_console";
    static final String PATH = "/console";
    private static final Logger LOG = Logger.getLogger(ConsoleSessions.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignInToConsole signIn;
    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    ConsoleSessions(SignInToConsole signIn, @ConfigProperty(name = "waybill.console.secret") Optional<String> secret,
            @ConfigProperty(name = "waybill.console.session-lifetime", defaultValue = "PT8H") Duration lifetime) {
        this.signIn = signIn;
        this.lifetime = lifetime;
        this.clock = Clock.systemUTC();
        byte[] bytes;
        if (secret.isPresent() && secret.get().length() >= 16) {
            bytes = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            LOG.warn("waybill.console.secret is not set (or shorter than 16 characters): console sessions are signed with a"
                    + " random key, end at a restart and are not shared between instances");
            bytes = new byte[32];
            RANDOM.nextBytes(bytes);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Who is signed in and the token their forms must carry. */
    public record Session(Principal principal, String csrf) {
    }

    /** A session for the holder of the presented key, or empty when the key may not use the console. */
    Optional<NewCookie> open(String presentedKey, boolean secure) {
        return signIn.signIn(presentedKey).map(signedIn -> {
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            long expires = clock.instant().plus(lifetime).getEpochSecond();
            String payload = signedIn.keyDigest() + "." + expires + "." + B64.encodeToString(nonce);
            String value = B64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + sign("session|" + payload);
            return cookie(value, (int) lifetime.toSeconds(), secure);
        });
    }

    /** The session the cookie holds, if its signature is good, it has not expired and its key is still valid. */
    Optional<Session> current(String cookie) {
        if (cookie == null || cookie.length() > 512) {
            return Optional.empty();
        }
        int dot = cookie.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String payload;
        try {
            payload = new String(B64D.decode(cookie.substring(0, dot)), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign("session|" + payload).getBytes(StandardCharsets.US_ASCII),
                cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        long expires;
        try {
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!Instant.ofEpochSecond(expires).isAfter(clock.instant())) {
            return Optional.empty();
        }
        String csrf = sign("csrf|" + parts[2]);
        return signIn.resume(parts[0]).map(principal -> new Session(principal, csrf));
    }

    /** Whether a form's token is this session's. */
    static boolean csrfMatches(Session session, String token) {
        return token != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cookie that ends the session in the browser. */
    NewCookie closed(boolean secure) {
        return cookie("", 0, secure);
    }

    private static NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(value).path(PATH).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return B64.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /**
     * A page of the console: {@code page} in the session's tenant, or, without a valid session, a redirect to the
     * sign-in that comes back to {@code here}.
     */
    Response signedIn(String cookie, String here, Function<Session, Response> page) {
        Optional<Session> session = current(cookie);
        if (session.isEmpty()) {
            return Response.seeOther(URI.create("/console/sign-in?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8)))
                    .build();
        }
        return TenantScope.of(session.get().principal().tenant(), () -> page.apply(session.get()));
    }
}
