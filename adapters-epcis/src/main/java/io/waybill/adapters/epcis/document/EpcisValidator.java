package io.waybill.adapters.epcis.document;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an EPCIS 2.0 capture document, or a single event, against the GS1 EPCIS JSON schema shipped in this module
 * (epcis/schema, from gs1/EPCIS). The schema is self-contained, so nothing is fetched at run time. The whole text is
 * held in memory while validating: meant for documents of ordinary size, ahead of the streaming reader.
 */
public final class EpcisValidator {

    /** One thing wrong with the input: where (a JSON pointer into it) and what, in words a sender can act on. */
    public record Problem(String pointer, String message) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
        }
    }

    private final Schema schema;

    /** Loads the schema from the class path. */
    public EpcisValidator() {
        try (InputStream in = EpcisValidator.class.getResourceAsStream(Vocabulary.SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the EPCIS schema is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problems of a document or event given as JSON text; empty when it is valid. A standalone event must carry
     * its own {@code @context}, as the standard asks. Where the schema's alternatives each object to the same place
     * (an action is none of ADD, OBSERVE, DELETE), only the first objection is kept.
     */
    public List<Problem> validate(String json) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Error error : schema.validate(json, InputFormat.JSON)) {
            String pointer = pointer(error.getInstanceLocation());
            if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
                pointer = pointer + "/" + escape(error.getProperty());
            }
            problems.putIfAbsent(pointer, new Problem(pointer, error.getMessage()));
        }
        return List.copyOf(problems.values());
    }

    /** The problems of a document or event read from a stream (UTF-8). */
    public List<Problem> validate(InputStream json) throws IOException {
        return validate(new String(json.readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return out.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
