package io.waybill.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.waybill.bootstrap.FuzzOperations.Operation;
import io.waybill.bootstrap.FuzzOperations.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plans the requests of one round: for every operation, a valid request, then each bad value of the corpus in a
 * parameter or a body position chosen by the round's seed, null and absence in every body position, whole bad
 * bodies, and wrong content types.
 */
final class FuzzRequests {

    private static final int MAX_POSITIONS = 40;
    private static final String HOLE = "__fuzz_hole__";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What every body position gets (null: the field left out). */
    private static final String[] EVERYWHERE = {"null", null, "\"a\\u0000b\"", "\"+999999999-12-31T23:59:59Z\""};

    /** One request to send: parameters by name, the body as text (null: none), its content type (null: none). */
    record Planned(Operation operation, String mutation, Map<String, String> parameters, String body, String contentType) {
    }

    private final FuzzExamples examples;
    private final Map<String, String> carrierBodies;

    FuzzRequests(FuzzExamples examples, Map<String, String> carrierBodies) {
        this.examples = examples;
        this.carrierBodies = carrierBodies;
    }

    List<Planned> round(List<Operation> operations, Random random) {
        List<Planned> planned = new ArrayList<>();
        List<String> values = FuzzCorpus.values();
        for (Operation operation : operations) {
            planned.add(valid(operation, "valid request"));
            for (String bad : FuzzCorpus.PARAMETERS) {
                // half of the parameter corpus per round and operation keeps a run short; two rounds see most of it
                if (random.nextBoolean()) {
                    planned.add(badParameter(operation, bad, random));
                }
            }
            if (operation.body() == null && !carrierBodies.containsKey(operation.path())) {
                continue;
            }
            Planned valid = valid(operation, "");
            JsonNode tree = tree(valid.body());
            if (tree != null) {
                List<String> positions = positions(tree, "");
                for (String bad : values) {
                    if (random.nextBoolean()) {
                        continue;
                    }
                    String at = positions.get(random.nextInt(positions.size()));
                    planned.add(with(valid, at + " = " + abbreviated(bad), replaced(tree, at, bad)));
                }
                List<String> some = new ArrayList<>(positions);
                Collections.shuffle(some, random);
                // a carrier payload has a hundred positions: a sample of them per round keeps the run short
                for (String at : some.subList(0, Math.min(some.size(), MAX_POSITIONS))) {
                    everywhere(planned, valid, tree, at, random);
                }
            } else {
                String[] elements = valid.body().split("\\*", -1);
                for (String bad : FuzzCorpus.PARAMETERS) {
                    int at = random.nextInt(elements.length);
                    String[] copy = elements.clone();
                    copy[at] = bad;
                    planned.add(with(valid, "element " + at + " = " + abbreviated(bad), String.join("*", copy)));
                }
            }
            for (String body : FuzzCorpus.bodies()) {
                planned.add(with(valid, "body " + abbreviated(body), body));
            }
            for (String type : new String[] {"text/plain", "application/xml", null}) {
                planned.add(new Planned(operation, "content type " + type, valid.parameters(), valid.body(), type));
            }
        }
        return planned;
    }

    /** Two of: null, absent, a NUL byte, an extreme year, at {@code at}; over two rounds each position sees most of them. */
    private static void everywhere(List<Planned> planned, Planned valid, JsonNode tree, String at, Random random) {
        int skipped = random.nextInt(EVERYWHERE.length);
        int skippedToo = (skipped + 1 + random.nextInt(EVERYWHERE.length - 1)) % EVERYWHERE.length;
        for (int kind = 0; kind < EVERYWHERE.length; kind++) {
            if (kind == skipped || kind == skippedToo) {
                continue;
            }
            if (EVERYWHERE[kind] == null) {
                if (!at.isEmpty()) {
                    planned.add(with(valid, at + " absent", removed(tree, at)));
                }
            } else {
                planned.add(with(valid, at + " = " + abbreviated(EVERYWHERE[kind]), replaced(tree, at, EVERYWHERE[kind])));
            }
        }
    }

    Planned valid(Operation operation, String mutation) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("header")) {
                parameters.put(parameter.name(), examples.parameter(operation, parameter));
            }
        }
        String body = carrierBodies.get(operation.path());
        String type = operation.mediaType();
        if (body == null) {
            JsonNode tree = examples.body(operation);
            body = tree == null ? null : write(tree);
        } else {
            type = body.startsWith("{") ? "application/json" : "application/edi-x12";
        }
        return new Planned(operation, mutation, parameters, body, type);
    }

    private Planned badParameter(Operation operation, String bad, Random random) {
        Planned valid = valid(operation, "");
        Map<String, String> parameters = new LinkedHashMap<>(valid.parameters());
        List<String> names = new ArrayList<>(parameters.keySet());
        String name = names.isEmpty() ? "fuzz" : names.get(random.nextInt(names.size()));
        parameters.put(name, bad);
        return new Planned(operation, "parameter " + name + " = " + abbreviated(bad), parameters, valid.body(), valid.contentType());
    }

    private static Planned with(Planned valid, String mutation, String body) {
        return new Planned(valid.operation(), mutation, valid.parameters(), body, valid.contentType());
    }

    /** The JSON pointers of every value in {@code node}, the document itself ("") first. */
    static List<String> positions(JsonNode node, String at) {
        List<String> positions = new ArrayList<>();
        positions.add(at);
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                positions.addAll(positions(node.get(name), at + "/" + name));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                positions.addAll(positions(node.get(i), at + "/" + i));
            }
        }
        return positions;
    }

    private static String replaced(JsonNode tree, String at, String fragment) {
        if (at.isEmpty()) {
            return fragment;
        }
        JsonNode copy = tree.deepCopy();
        set(copy, at, JSON.getNodeFactory().textNode(HOLE));
        return write(copy).replace("\"" + HOLE + "\"", fragment);
    }

    private static String removed(JsonNode tree, String at) {
        JsonNode copy = tree.deepCopy();
        JsonNode parent = copy.at(at.substring(0, at.lastIndexOf('/')));
        String last = at.substring(at.lastIndexOf('/') + 1);
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
        return write(copy);
    }

    private static void set(JsonNode root, String at, JsonNode value) {
        JsonNode parent = root.at(at.substring(0, at.lastIndexOf('/')));
        String last = at.substring(at.lastIndexOf('/') + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
    }

    private static JsonNode tree(String body) {
        if (body == null || !(body.startsWith("{") || body.startsWith("["))) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviated(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 60) + "… (" + value.length() + " chars)";
    }
}
