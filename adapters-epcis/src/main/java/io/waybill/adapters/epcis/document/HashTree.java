package io.waybill.adapters.epcis.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event as the event-hash algorithm sees it: named nodes with an optional text value and child nodes, in the XML
 * shape of EPCIS 2.0 (an {@code epcList} holds {@code epc} children, a {@code quantityList} holds
 * {@code quantityElement}s, a business transaction is a pair of type and identifier). JSON arrays become repeated
 * children of the same name. Prefixed names and values are expanded with the document's namespaces, and bare standard
 * vocabulary words become web URIs. Nodes are consumed (removed) as the pre-hash string is written.
 */
final class HashTree {

    /** Fields that never enter the hash: comments, and what JSON-LD and XML carry besides the event's content. */
    private static final Set<String> COMMENTS = Set.of("#text", "rdfs:comment", "comment");
    private static final Set<String> TYPED_LISTS = Set.of("bizTransactionList", "sourceList", "destinationList");

    final String name;
    final String value;
    final List<HashTree> children;
    /** A type/identifier pair: written in the order built (type first), never sorted. */
    final boolean pair;

    private HashTree(String name, String value, List<HashTree> children, boolean pair) {
        this.name = name;
        this.value = value;
        this.children = children;
        this.pair = pair;
    }

    /** The tree of one event, leaving out the named top-level fields (as written in the document, prefix and all). */
    static HashTree of(JsonNode event, Map<String, String> namespaces, Set<String> ignored) {
        String type = event.path("type").asText("");
        return new HashTree(type, "", reshape(fields(null, event, namespaces, ignored), namespaces), false);
    }

    private static List<HashTree> fields(String parent, JsonNode object, Map<String, String> namespaces, Set<String> ignored) {
        List<HashTree> children = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String key = field.getKey();
            if (COMMENTS.contains(key) || ignored.contains(key) || key.startsWith("@")) {
                continue;
            }
            String name = expandName(key, namespaces);
            JsonNode node = field.getValue();
            if (node.isArray()) {
                node.forEach(element -> children.add(node(parent, key, name, element, namespaces)));
            } else {
                children.add(node(parent, key, name, node, namespaces));
            }
        }
        return children;
    }

    private static HashTree node(String parent, String key, String name, JsonNode node, Map<String, String> namespaces) {
        if (node.isObject()) {
            String text = node.path("#text").asText("");
            return new HashTree(name, text, fields(key, node, namespaces, Set.of()), false);
        }
        String text = scalar(node);
        text = expandValue(text, namespaces);
        String raw = node.asText();
        String expanded = Vocabulary.of(parent, key).map(vocabulary -> vocabulary.expand(raw)).orElse(raw);
        return new HashTree(name, expanded.equals(raw) ? text : expanded, new ArrayList<>(), false);
    }

    private static String scalar(JsonNode node) {
        if (node.isNull()) {
            return "";
        }
        return node.asText();
    }

    /** {@code prefix:local} as {@code {namespace}local} when the prefix is declared in the document's context. */
    static String expandName(String key, Map<String, String> namespaces) {
        int colon = key.indexOf(':');
        if (colon > 0 && namespaces.containsKey(key.substring(0, colon))) {
            return "{" + namespaces.get(key.substring(0, colon)) + "}" + key.substring(colon + 1);
        }
        return key;
    }

    /** A compact URI ({@code gs1:Temperature}) expanded when its prefix is declared in the document's context. */
    static String expandValue(String text, Map<String, String> namespaces) {
        int colon = text.indexOf(':');
        if (colon > 0 && namespaces.containsKey(text.substring(0, colon))) {
            return namespaces.get(text.substring(0, colon)) + text.substring(colon + 1);
        }
        return text;
    }

    /** The JSON-to-XML reshaping: list fields gather their elements, which take the XML element names. */
    private static List<HashTree> reshape(List<HashTree> children, Map<String, String> namespaces) {
        Map<String, List<HashTree>> lists = new LinkedHashMap<>();
        List<HashTree> childEpcs = new ArrayList<>();
        List<HashTree> others = new ArrayList<>();
        for (HashTree child : children) {
            if (child.name.endsWith("List")) {
                lists.computeIfAbsent(child.name, k -> new ArrayList<>())
                        .add(new HashTree(child.name.substring(0, child.name.length() - 4), child.value, child.children, false));
            } else if (child.name.equals("childEPCs")) {
                childEpcs.add(new HashTree("epc", child.value, new ArrayList<>(), false));
            } else {
                others.add(child);
            }
        }
        List<HashTree> reshaped = new ArrayList<>();
        for (HashTree other : others) {
            reshaped.add(other.reshaped(namespaces));
        }
        lists.forEach((name, elements) -> reshaped.add(TYPED_LISTS.contains(name)
                ? new HashTree(name, "", pairs(elements), false)
                : new HashTree(name, "", new ArrayList<>(elements.stream().map(e -> e.reshaped(namespaces)).toList()), false)));
        if (!childEpcs.isEmpty()) {
            reshaped.add(new HashTree("childEPCs", "", childEpcs, false));
        }
        return reshaped;
    }

    private HashTree reshaped(Map<String, String> namespaces) {
        List<HashTree> grandChildren = children.isEmpty() ? children : reshape(children, namespaces);
        String renamed = switch (name) {
            case "inputEPC", "outputEPC" -> "epc";
            case "inputQuantity", "outputQuantity", "childQuantity" -> "quantityElement";
            case "quantity" -> grandChildren.isEmpty() ? name : "quantityElement";
            default -> name;
        };
        return new HashTree(renamed, value, grandChildren, false);
    }

    /** A business transaction, source or destination: its type (when given) first, then its identifier. */
    private static List<HashTree> pairs(List<HashTree> elements) {
        List<HashTree> pairs = new ArrayList<>();
        for (HashTree element : elements) {
            List<HashTree> parts = new ArrayList<>();
            element.children.stream().filter(c -> c.name.equals("type")).forEach(parts::add);
            element.children.stream().filter(c -> !c.name.equals("type")).forEach(parts::add);
            pairs.add(new HashTree("", "", parts, true));
        }
        return pairs;
    }
}
