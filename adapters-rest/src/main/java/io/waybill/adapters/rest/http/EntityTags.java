package io.waybill.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Answers a GET with a validator: a weak ETag over the JSON the document is written as, so it changes whenever anything
 * the reader sees changes (the order, and also a delivery estimate, which changes without the order), and a 304 without
 * a body when {@code If-None-Match} names it. Weak, because the same document is sent gzip-compressed or not, and a strong
 * tag would have to differ between the two.
 */
@Singleton
public class EntityTags {

    /** The order view holds personal data: never in a shared cache, and a client revalidates before each use. */
    public static final String PRIVATE = "private, no-cache";

    /**
     * The public tracking view: any cache may keep it, but must revalidate before each use. No max-age, even a short one:
     * a customer who was just told "delivered" by SMS must not see "out for delivery" on reload.
     */
    public static final String REVALIDATE = "no-cache";

    private final ObjectMapper json;

    EntityTags(ObjectMapper json) {
        this.json = json;
    }

    /** 200 with the document, its ETag and {@code cacheControl}; or 304 with the same headers when the client has it. */
    public Response conditional(String ifNoneMatch, Object document, String cacheControl) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response document is always writable", e);
        }
        String tag = tag(body);
        Response.ResponseBuilder answer = matches(ifNoneMatch, tag) ? Response.notModified()
                : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return answer.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    /** {@code W/"<128 bits of the SHA-256 of the body, base64url>"}. */
    static String tag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * Whether {@code If-None-Match} (RFC 9110 13.1.2) names {@code tag}: {@code *}, or a list of entity tags compared
     * weakly (W/ ignored). A header that is not a list of tags names none, and the document is sent.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            if (opaque.equals(opaque(candidate.strip()))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
