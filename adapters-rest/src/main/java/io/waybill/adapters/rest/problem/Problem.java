package io.waybill.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code type} points into the API guide, {@code detail} says what to do,
 * {@code errors} names each offending field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json): what was refused and what to do")
public record Problem(
        @Schema(required = true, format = "uri", description = "Identifies the kind of problem; points into the API guide",
                example = "https://waybill.io/problems/invalid-value") URI type,
        @Schema(required = true, description = "A short summary of the kind of problem") String title,
        @Schema(required = true, minimum = "400", maximum = "599", description = "The HTTP status code of this answer") int status,
        @Schema(required = true, description = "What is wrong with this request, and what to do about it") String detail,
        @Schema(description = "The path of the request refused") String instance,
        @Schema(description = "Waybill's extension member: each offending field, with what is wrong with it") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://waybill.io/problems/";
    private static final int MAX_TEXT = 1000;
    private static final int MAX_FIELD = 200;
    private static final Pattern LONG_QUOTED = Pattern.compile("'([^']{80})[^']+'");

    /** Problem texts stay short whatever the input was: a quoted value is cut to 80 characters, a text to 1,000. */
    public Problem {
        detail = shorten(detail, MAX_TEXT);
        instance = shorten(instance, MAX_TEXT);
    }

    @Schema(name = "FieldError", description = "One offending field of a refused request")
    public record FieldError(
            @Schema(required = true, description = "The field, as a path into the request: lines[0].quantity") String field,
            @Schema(required = true, description = "What is wrong with its value") String message) {

        public FieldError {
            field = shorten(field, MAX_FIELD);
            message = shorten(message, MAX_TEXT);
        }
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        String cut = LONG_QUOTED.matcher(text).replaceAll("'$1…'");
        return cut.length() <= max ? cut : cut.substring(0, max) + "…";
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(URI.create(TYPES + slug), title, status, detail, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
