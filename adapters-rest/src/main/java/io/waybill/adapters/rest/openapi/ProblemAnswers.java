package io.waybill.adapters.rest.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.waybill.adapters.rest.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The refusals every operation of {@code /api/} shares, added to the document from what the operation is: any of them
 * may meet the rate limit (429) or a client that accepts no JSON (406), or be refused for its key's scopes (403); a
 * guarded one answers 401 without a valid key; one that takes a body refuses a bad one (400), a too large one (413) and,
 * for JSON, another content type (415); one with parameters a bad value (400). Refusals an operation gives for reasons of its own (404, 409, 410,
 * 422, ...) are declared on the resource method. Every 4xx answer is an RFC 9457 problem, {@code application/problem+json} of the {@code Problem} schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
@OpenAPIDefinition(info = @Info(title = "Waybill API", version = "1.0"),
        components = @Components(schemas = {@Schema(name = "Problem", implementation = Problem.class)}))
public class ProblemAnswers implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String JSON = "application/json";

    private static final Map<String, String> DESCRIPTIONS = new TreeMap<>(Map.of(
            "400", "The request is not valid: a parameter, header or body field is missing or wrong (the problem names it)",
            "401", "API key missing, unknown, expired or revoked",
            "403", "This key's role or scopes do not allow the operation",
            "404", "No such resource (or not one this key may see)",
            "406", "The client does not accept application/json",
            "409", "In conflict with the resource's current state",
            "413", "Request body too large",
            "415", "The body is not application/json",
            "429", "Too many requests from this client; send again after Retry-After seconds"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                shared(path.getValue(), operation);
            }
        }
    }

    private static void shared(PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, Boolean> codes = new LinkedHashMap<>();
        boolean body = operation.getRequestBody() != null;
        boolean parameters = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        codes.put("400", body || parameters);
        codes.put("401", guarded(operation));
        codes.put("403", true);
        codes.put("406", true);
        codes.put("413", body);
        codes.put("415", body && json(operation));
        codes.put("429", true);
        codes.forEach((code, applies) -> {
            if (applies && !responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse());
            }
        });
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            if (answer.getKey().startsWith("4")) {
                problem(answer.getKey(), answer.getValue());
            }
        }
    }

    /** Guarded: SmallRye gave it a security requirement (or its automatic 401) from {@code @RolesAllowed}. */
    private static boolean guarded(Operation operation) {
        return (operation.getSecurity() != null && !operation.getSecurity().isEmpty())
                || operation.getResponses().hasAPIResponse("401");
    }

    private static boolean json(Operation operation) {
        Content content = operation.getRequestBody().getContent();
        return content != null && content.hasMediaType(JSON);
    }

    private static void problem(String code, APIResponse answer) {
        String generated = answer.getDescription();
        if (generated == null || generated.isBlank() || generated.equals("Not Authorized") || generated.equals("Not Allowed")
                || generated.equals("Bad Request")) {
            answer.setDescription(DESCRIPTIONS.getOrDefault(code, "Refused"));
        }
        if (code.equals("429")) {
            answer.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before sending again")
                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)));
        }
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        answer.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
    }
}
