package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.PLATFORM_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.bootstrap.FuzzExamples.Known;
import io.waybill.bootstrap.FuzzOperations.Operation;
import io.waybill.bootstrap.FuzzRequests.Planned;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live answers against the OpenAPI document: every operation of {@code /api/}, sent a valid request (built from the
 * document by {@link FuzzExamples}), then the same without a key, and a conditional GET again with the ETag it got. Each
 * answer's status must be declared for the operation, its content type must be one the declared answer names (none for
 * an answer declared without content), and its body must validate against the declared schema, with no property the
 * schema does not name. An endpoint that answers a code it does not declare, or a document that drifts from the
 * answers, fails here.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TestHTTPResource("/")
    URL base;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, List<Integer>> seen = new TreeMap<>();
    private JsonNode document;
    private JsonNode strictComponents;

    @Test
    void everyAnswerIsDeclaredAndMatchesItsSchema() throws Exception {
        TestKeys.register();
        document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        strictComponents = strict(document.path("components").deepCopy());
        FuzzOperations operations = new FuzzOperations(document);
        List<Operation> all = operations.all();
        assertThat(all).as("operations in the OpenAPI document").hasSizeGreaterThanOrEqualTo(30);
        all.forEach(this::declaresItsAnswers);
        // the validator itself: a problem without its required members, and one with a member the schema does not name, fail
        JsonNode problem = JSON.readTree("{\"$ref\": \"#/components/schemas/Problem\"}");
        assertThat(validator(problem).validate("{\"type\": \"https://waybill.io/problems/x\"}", InputFormat.JSON)).isNotEmpty();
        assertThat(validator(problem).validate("{\"type\": \"https://waybill.io/problems/x\", \"title\": \"t\", \"status\": 400,"
                + " \"detail\": \"d\", \"undocumented\": 1}", InputFormat.JSON)).isNotEmpty();
        assertThat(validator(problem).validate("{\"type\": \"https://waybill.io/problems/x\", \"title\": \"t\", \"status\": 400,"
                + " \"detail\": \"d\"}", InputFormat.JSON)).isEmpty();
        Known known = OpenApiFuzzTest.known();
        FuzzRequests requests = new FuzzRequests(new FuzzExamples(operations, known), OpenApiFuzzTest.carrierBodies(known));
        FuzzClient client = new FuzzClient(base.toString().replaceAll("/$", ""));
        // two rounds, making before changing and removing: the second finds what the first made (a tenant, a key)
        List<Operation> ordered = all.stream().sorted(Comparator.comparingInt(o -> List.of("POST", "PUT", "GET", "DELETE")
                .indexOf(o.method()))).toList();
        for (Operation operation : Stream.concat(ordered.stream(), ordered.stream()).toList()) {
            Planned valid = requests.valid(operation, "valid request");
            HttpResponse<String> answer = check(operation, "valid request", client.send(valid, key(operation)));
            answer.headers().firstValue("ETag").ifPresent(tag -> check(operation, "If-None-Match",
                    send(() -> client.send(valid, key(operation), Map.of("If-None-Match", tag)))));
            check(operation, "without a key", send(() -> client.send(valid, null)));
        }
        System.out.println("OpenApiConformanceTest: statuses per operation " + seen);
        assertThat(failures).as("answers that do not conform to the OpenAPI document").isEmpty();
        long succeeded = seen.values().stream().filter(codes -> codes.stream().anyMatch(c -> c < 300)).count();
        assertThat(succeeded).as("operations that answered a valid request with success " + seen).isGreaterThanOrEqualTo(all.size() * 3 / 4);
    }

    /** Statically: a success answer, and every refusal as a problem. */
    private void declaresItsAnswers(Operation operation) {
        boolean success = false;
        for (Iterator<Map.Entry<String, JsonNode>> answers = operation.responses().fields(); answers.hasNext(); ) {
            Map.Entry<String, JsonNode> answer = answers.next();
            success |= answer.getKey().startsWith("2");
            if (answer.getKey().startsWith("4")) {
                JsonNode problem = answer.getValue().path("content").path("application/problem+json").path("schema");
                if (!problem.path("$ref").asText().equals("#/components/schemas/Problem")) {
                    failures.add(operation + " declares " + answer.getKey() + " without the Problem schema");
                }
            }
        }
        if (!success) {
            failures.add(operation + " declares no success answer");
        }
    }

    /** Webhooks belong to the key that subscribed (the integrator's); everything else is open to the platform admin. */
    private static String key(Operation operation) {
        return operation.path().startsWith("/api/v1/webhooks") ? INTEGRATOR : PLATFORM_ADMIN;
    }

    private HttpResponse<String> check(Operation operation, String request, HttpResponse<String> answer) {
        int status = answer.statusCode();
        seen.computeIfAbsent(operation.toString(), o -> new ArrayList<>()).add(status);
        String at = operation + " (" + request + ") answered " + status + ": ";
        JsonNode declared = operation.response(status);
        if (declared == null) {
            failures.add(at + "not declared (declared: " + names(operation.responses()) + ") " + abbreviated(answer));
            return answer;
        }
        JsonNode content = declared.path("content");
        String type = answer.headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip()).orElse(null);
        boolean empty = answer.body() == null || answer.body().isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            if (!empty) {
                failures.add(at + "a body, where the document declares none: " + abbreviated(answer));
            }
            return answer;
        }
        if (type == null || !content.has(type)) {
            failures.add(at + "as " + type + ", where the document declares " + names(content));
            return answer;
        }
        JsonNode schema = content.path(type).path("schema");
        if (!schema.isMissingNode() && !schema.isEmpty()) {
            List<com.networknt.schema.Error> errors = validator(schema).validate(answer.body(), InputFormat.JSON);
            if (!errors.isEmpty()) {
                failures.add(at + "does not match its schema: " + errors.stream().limit(5).map(Object::toString).toList()
                        + " " + abbreviated(answer));
            }
        }
        return answer;
    }

    /** The declared schema with the document's components beside it, so that its {@code $ref}s resolve. */
    private Schema validator(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) strict(schema.deepCopy()));
        root.set("components", strictComponents);
        return SCHEMAS.getSchema(root.toString(), InputFormat.JSON);
    }

    /** Every object schema that names its properties refuses others: an answer's field the document does not name fails. */
    private static JsonNode strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(field -> strict(field.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(OpenApiConformanceTest::strict);
        }
        return node;
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String abbreviated(HttpResponse<String> answer) {
        return FuzzRequests.abbreviated(answer.body() == null ? "" : answer.body().replace('\n', ' '));
    }

    private interface Exchange {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> send(Exchange exchange) {
        try {
            return exchange.send();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subscriptions made here (by the known resources and the valid requests) go, so that no other test meets them. */
    @AfterEach
    void unsubscribe() {
        List<Map<String, Object>> subscriptions = given().header("X-API-Key", INTEGRATOR).get("/api/v1/webhooks/subscriptions")
                .then().statusCode(200).extract().path("$");
        for (Map<String, Object> s : subscriptions) {
            if (String.valueOf(s.get("url")).contains("127.0.0.1:9")) {
                given().header("X-API-Key", INTEGRATOR).delete("/api/v1/webhooks/subscriptions/{id}", s.get("id"));
            }
        }
    }
}
