package io.waybill.adapters.epcis.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The EPCIS event hash ID of GS1 CBV 2.0 (section 8.9): a name for an event derived from its content alone, so the
 * same event captured twice, in XML or JSON, with fields in any order, gets the same ID, and an event captured without
 * {@code eventID} can be given one that its sender can compute too. The form is
 * {@code ni:///sha-256;<hex>?ver=CBV2.0} (RFC 6920) over the canonical pre-hash string.
 *
 * <p>Where the standard's description and the published examples of the reference generator
 * (github.com/RalphTro/epcis-event-hash-generator) differ, this follows the examples, so that IDs agree with the
 * generators already in use: see {@link PreHash} for the property order, and the test resources' epcis/SOURCES.md
 * for the list of differences.
 */
public final class EventHash {

    private EventHash() {
    }

    /**
     * What an event's hash depends on besides the event: the namespace prefixes the document's JSON-LD
     * {@code @context} declares (a user extension {@code ex:batch} is hashed under its full namespace), and fields a
     * repository added that are to be left out (as written, e.g. {@code repo:captureId}).
     */
    public record Context(Map<String, String> namespaces, Set<String> ignoredFields) {

        public static final Context NONE = new Context(Map.of(), Set.of());

        public Context {
            namespaces = Map.copyOf(namespaces);
            ignoredFields = Set.copyOf(ignoredFields);
        }

        /** The namespaces declared in a JSON-LD {@code @context} (a URL, an object, or an array of these). */
        public static Context of(JsonNode jsonLdContext) {
            Map<String, String> prefixes = new HashMap<>();
            collect(jsonLdContext, prefixes);
            return new Context(prefixes, Set.of());
        }

        /** The same namespaces, leaving out the given fields. */
        public Context ignoring(Set<String> fields) {
            return new Context(namespaces, fields);
        }

        private static void collect(JsonNode context, Map<String, String> prefixes) {
            if (context == null) {
                return;
            }
            if (context.isArray()) {
                context.forEach(element -> collect(element, prefixes));
            } else if (context.isObject()) {
                context.properties().forEach(entry -> {
                    if (!entry.getKey().startsWith("@") && entry.getValue().isTextual()) {
                        prefixes.put(entry.getKey(), entry.getValue().asText());
                    }
                });
            }
        }
    }

    /** The hash ID of an event, with the namespaces of its own {@code @context} if it carries one. */
    public static String of(JsonNode event) {
        return of(event, Context.of(event.get("@context")));
    }

    /** The hash ID of an event of a document whose context is given. */
    public static String of(JsonNode event, Context context) {
        return "ni:///sha-256;" + sha256(preHash(event, context)) + "?ver=CBV2.0";
    }

    /** The canonical pre-hash string the ID is the SHA-256 of; useful to see why two events differ. */
    public static String preHash(JsonNode event, Context context) {
        if (!event.isObject() || !event.path("type").isTextual()) {
            throw new IllegalArgumentException("an EPCIS event is a JSON object with a type");
        }
        return PreHash.of(HashTree.of(event, context.namespaces(), context.ignoredFields()));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
