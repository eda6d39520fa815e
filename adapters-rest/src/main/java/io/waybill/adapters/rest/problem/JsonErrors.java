package io.waybill.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a JSON document in the words of the API, never of Java: "lines[0].quantity: '1.5' is not
 * a whole number", not "Cannot coerce Floating-point value to `Integer` value".
 */
final class JsonErrors {

    private static final int MAX_PATH = 200;
    private static final Pattern JAVA_TYPE = Pattern.compile("`([\\w.$]+)(<[^`]*>)?`");
    private static final Pattern COERCED = Pattern.compile("^Cannot coerce [\\w-]+ value \\((.*)\\) to ", Pattern.DOTALL);
    private static final Pattern JAVA_NOISE = Pattern.compile("\\s*\\((class|from) [^)]*\\)|\\s*\\(through reference chain[^)]*\\)");

    private JsonErrors() {
    }

    static String describe(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return invalid.getMessage();
            }
        }
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String at = path.isEmpty() ? "" : path + ": ";
        if (e instanceof InvalidNullException) {
            return at + "must not be null";
        }
        if (e instanceof InvalidFormatException f) {
            return at + InvalidValueException.quote(f.getValue()) + " is not " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String given = given(m);
            return at + (given == null ? "expected " + expected(m.getTargetType()) : given + " is not " + expected(m.getTargetType()));
        }
        if (e instanceof ValueInstantiationException) {
            return at + "is not valid";
        }
        if (e instanceof StreamConstraintsException) {
            return "the document is beyond what is read (too deeply nested, or a value too long): " + humane(e.getOriginalMessage());
        }
        return at + humane(e.getOriginalMessage());
    }

    /** The value Jackson refused to coerce, quoted, or null when the message names none (the parser is closed by then). */
    private static String given(MismatchedInputException e) {
        Matcher coerce = COERCED.matcher(String.valueOf(e.getOriginalMessage()));
        if (!coerce.find()) {
            return null;
        }
        String value = coerce.group(1);
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return InvalidValueException.quote(quoted ? value.substring(1, value.length() - 1) : value);
    }

    /** What a value of {@code type} looks like in JSON. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            return "an ISO-8601 timestamp with offset as a string, like \"2026-11-02T14:05:00+01:00\"";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text (a JSON string)";
        }
        if (type == UUID.class) {
            return "an id (a UUID string)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (JsonNode.class.isAssignableFrom(type)) {
            return "a JSON value";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a value";
    }

    private static String humane(String message) {
        if (message == null) {
            return "not readable as JSON";
        }
        int cut = message.indexOf(" at [Source");
        String text = JAVA_NOISE.matcher(cut > 0 ? message.substring(0, cut) : message).replaceAll("");
        Matcher types = JAVA_TYPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (types.find()) {
            types.appendReplacement(out, Matcher.quoteReplacement(friendly(types.group(1))));
        }
        types.appendTail(out);
        return out.toString().strip();
    }

    private static String friendly(String javaName) {
        try {
            return expected(Class.forName(javaName, false, JsonErrors.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return "a value";
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (path.length() > MAX_PATH) {
                return path.append("…").toString();
            }
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
