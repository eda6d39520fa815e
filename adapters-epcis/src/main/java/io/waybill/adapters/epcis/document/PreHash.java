package io.waybill.adapters.epcis.document;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Writes the pre-hash string of an event tree (CBV 2.0, EPCIS event hash ID): first the fields of the canonical
 * property order, each list sorted, user extensions of a structured field after that field's own; then everything
 * else (business transactions, sources, destinations, ILMD, user extensions) sorted as whole strings.
 */
final class PreHash {

    /** Never part of the hash: the event's type is written first, the rest is not content. */
    private static final Set<String> NOT_HASHED = Set.of("recordTime", "eventID", "type", "errorDeclaration");

    private record Field(String name, List<Field> children) {
        static Field leaf(String name) {
            return new Field(name, null);
        }

        static Field of(String name, Field... children) {
            return new Field(name, List.of(children));
        }
    }

    private static final Field QUANTITY = Field.of("quantityElement", Field.leaf("epcClass"), Field.leaf("quantity"),
            Field.leaf("uom"));
    private static final Field METADATA = Field.of("sensorMetadata", leaves("time", "startTime", "endTime", "deviceID",
            "deviceMetadata", "rawData", "dataProcessingMethod", "bizRules"));
    private static final Field REPORT = Field.of("sensorReport", leaves("type", "exception", "deviceID", "deviceMetadata",
            "rawData", "dataProcessingMethod", "time", "microorganism", "chemicalSubstance", "value", "component",
            "stringValue", "booleanValue", "hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue", "sDev",
            "percRank", "percValue", "uom", "coordinateReferenceSystem"));
    /**
     * The property order of the reference generator: it puts {@code certificationInfo} third and {@code parentID}
     * before {@code epcList}, unlike the table in its own description, and its published hashes follow the code.
     */
    private static final List<Field> ORDER = List.of(Field.leaf("eventTime"), Field.leaf("eventTimeZoneOffset"),
            Field.leaf("certificationInfo"), Field.leaf("parentID"), Field.of("epcList", Field.leaf("epc")),
            Field.of("inputEPCList", Field.leaf("epc")), Field.of("childEPCs", Field.leaf("epc")),
            Field.of("quantityList", QUANTITY), Field.of("childQuantityList", QUANTITY),
            Field.of("inputQuantityList", QUANTITY), Field.of("outputEPCList", Field.leaf("epc")),
            Field.of("outputQuantityList", QUANTITY), Field.leaf("action"), Field.leaf("transformationID"),
            Field.leaf("bizStep"), Field.leaf("disposition"),
            Field.of("persistentDisposition", Field.leaf("set"), Field.leaf("unset")),
            Field.of("readPoint", Field.leaf("id")), Field.of("bizLocation", Field.leaf("id")),
            Field.of("sensorElementList", Field.of("sensorElement", METADATA, REPORT)));

    private PreHash() {
    }

    private static Field[] leaves(String... names) {
        return List.of(names).stream().map(Field::leaf).toArray(Field[]::new);
    }

    /** The pre-hash string of one event. */
    static String of(HashTree event) {
        String ordered = inOrder(event.children, ORDER);
        List<HashTree> rest = new ArrayList<>(event.children.stream().filter(c -> !NOT_HASHED.contains(c.name)).toList());
        return "eventType=" + event.name + ordered + (rest.isEmpty() ? "" : generic(rest));
    }

    /** Writes and consumes the children named in the order; a child whose own children are all written goes away. */
    private static String inOrder(List<HashTree> children, List<Field> order) {
        List<HashTree> extensions = userExtensions(children);
        StringBuilder out = new StringBuilder();
        for (Field field : order) {
            List<String> values = new ArrayList<>();
            for (Iterator<HashTree> it = children.iterator(); it.hasNext();) {
                HashTree child = it.next();
                if (!child.name.equals(field.name())) {
                    continue;
                }
                String text = ordered(child, field);
                if (!text.isEmpty()) {
                    values.add(text);
                }
                if (child.children.isEmpty()) {
                    it.remove();
                }
            }
            values.sort(null);
            values.forEach(out::append);
        }
        if (!extensions.isEmpty()) {
            out.append(generic(extensions));
        }
        return out.toString();
    }

    private static String ordered(HashTree node, Field field) {
        String nested = field.children() == null ? "" : inOrder(node.children, field.children());
        String text = node.value.strip();
        if (!text.isEmpty()) {
            text = "=" + (CanonicalValues.isTimeField(node.name) ? CanonicalValues.timestamp(text) : CanonicalValues.value(text));
        }
        return text.isEmpty() && nested.isEmpty() ? "" : node.name + text + nested;
    }

    /**
     * User extensions inside a structured field (read point, sensor element, ...) are taken out to follow that field's
     * own values; those at event level stay and are written, sorted, with everything else at the end.
     */
    private static List<HashTree> userExtensions(List<HashTree> children) {
        List<HashTree> extensions = new ArrayList<>();
        if (children.size() <= 1 || children.stream().anyMatch(c -> c.name.contains("eventTime") || c.name.contains("action"))) {
            return extensions;
        }
        for (HashTree child : children) {
            if (!child.pair && child.name.contains("{") && child.name.contains("/}")) {
                extensions.add(child);
            }
        }
        children.removeAll(extensions);
        return extensions;
    }

    /** Any subtree: name, {@code =value} when there is one, then its children; siblings sorted unless a pair. */
    private static String generic(List<HashTree> nodes) {
        List<String> values = new ArrayList<>();
        boolean keepOrder = false;
        for (HashTree node : nodes) {
            keepOrder |= node.name.equals("bizTransaction") || node.name.equals("source") || node.name.equals("destination");
            String text = node.value.strip();
            values.add((node.pair ? "" : node.name) + (text.isEmpty() ? "" : "=" + CanonicalValues.value(text))
                    + generic(node.children));
        }
        if (values.size() > 1 && !keepOrder) {
            values.sort(null);
        }
        return String.join("", values);
    }
}
