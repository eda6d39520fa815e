package io.waybill.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The operations of the live OpenAPI document, each with its parameters and the schema of its body. */
final class FuzzOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** A parameter of an operation: where it goes ({@code path}, {@code query}, {@code header}) and its schema. */
    record Parameter(String name, String in, JsonNode schema) {
    }

    /**
     * One operation; {@code body} is the resolved JSON schema of its request body, or null; {@code mediaType} its type;
     * {@code responses} the answers it declares, by status code.
     */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, String mediaType, JsonNode responses) {

        boolean writes() {
            return !method.equals("GET");
        }

        /** The declared answer for {@code status} (exactly, as a range such as 4XX, or the default), or null. */
        JsonNode response(int status) {
            String code = String.valueOf(status);
            for (String declared : new String[] {code, code.charAt(0) + "XX", "default"}) {
                if (responses.has(declared)) {
                    return responses.get(declared);
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    FuzzOperations(JsonNode document) {
        this.document = document;
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(method.getValue().path("parameters")));
                JsonNode content = method.getValue().path("requestBody").path("content");
                String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode body = mediaType == null ? null : resolve(content.path(mediaType).path("schema"));
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, body, mediaType,
                        method.getValue().path("responses")));
            }
        }
        return operations;
    }

    private List<Parameter> parameters(JsonNode list) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode parameter = resolve(p);
            if (!parameter.path("in").asText().equals("cookie")) {
                parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                        resolve(parameter.path("schema"))));
            }
        }
        return parameters;
    }

    /** The schema behind a {@code $ref} (and the first of an {@code allOf}/{@code oneOf}/{@code anyOf}). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 20 && current != null; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = document.at(ref.substring(1));
            } else if (current.has("allOf") && current.path("allOf").size() > 0 && !current.has("properties")) {
                current = current.path("allOf").get(0);
            } else if (current.has("oneOf") && current.path("oneOf").size() > 0) {
                current = current.path("oneOf").get(0);
            } else if (current.has("anyOf") && current.path("anyOf").size() > 0) {
                current = current.path("anyOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }
}
