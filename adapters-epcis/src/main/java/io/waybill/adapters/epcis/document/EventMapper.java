package io.waybill.adapters.epcis.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.waybill.adapters.epcis.document.EpcisEvent.Action;
import io.waybill.adapters.epcis.document.EpcisEvent.AggregationEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.AssociationEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.CommonFields;
import io.waybill.adapters.epcis.document.EpcisEvent.ObjectEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.TransactionEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.TransformationEvent;
import io.waybill.adapters.epcis.document.SensorElement.SensorMetadata;
import io.waybill.adapters.epcis.document.SensorElement.SensorReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** One event's JSON tree turned into Waybill's records; the tree goes no further than here. */
final class EventMapper {

    private static final Set<String> KINDS = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");

    private EventMapper() {
    }

    static EpcisEvent map(JsonNode event, EventHash.Context context) {
        String type = event.path("type").asText("");
        if (!KINDS.contains(type)) {
            throw new EpcisFormatException("unknown event type '" + type + "'");
        }
        CommonFields common = common(event, context);
        return switch (type) {
            case "ObjectEvent" -> new ObjectEvent(common, action(event), strings(event, "epcList"), quantities(event, "quantityList"));
            case "AggregationEvent" -> new AggregationEvent(common, action(event), text(event, "parentID"),
                    strings(event, "childEPCs"), quantities(event, "childQuantityList"));
            case "TransactionEvent" -> new TransactionEvent(common, action(event), text(event, "parentID"),
                    strings(event, "epcList"), quantities(event, "quantityList"));
            case "TransformationEvent" -> new TransformationEvent(common, strings(event, "inputEPCList"),
                    quantities(event, "inputQuantityList"), strings(event, "outputEPCList"),
                    quantities(event, "outputQuantityList"), text(event, "transformationID"));
            case "AssociationEvent" -> new AssociationEvent(common, action(event), text(event, "parentID"),
                    strings(event, "childEPCs"), quantities(event, "childQuantityList"));
            default -> throw new EpcisFormatException("unknown event type '" + type + "'");
        };
    }

    private static CommonFields common(JsonNode event, EventHash.Context context) {
        String given = text(event, "eventID");
        String eventId = given != null ? given : EventHash.of(event, context);
        Instant eventTime = instant(event, "eventTime");
        if (eventTime == null) {
            throw new EpcisFormatException("event " + eventId + " has no eventTime");
        }
        return new CommonFields(eventId, given == null, eventTime, text(event, "eventTimeZoneOffset"),
                instant(event, "recordTime"), bare(Vocabulary.BIZ_STEP, text(event, "bizStep")),
                bare(Vocabulary.DISPOSITION, text(event, "disposition")), text(event.path("readPoint"), "id"),
                text(event.path("bizLocation"), "id"), list(event, "bizTransactionList", EventMapper::bizTransaction),
                list(event, "sourceList", n -> party(n, "source")), list(event, "destinationList", n -> party(n, "destination")),
                list(event, "sensorElementList", EventMapper::sensorElement), errorDeclaration(event.get("errorDeclaration")));
    }

    private static Action action(JsonNode event) {
        String action = text(event, "action");
        try {
            return action == null ? null : Action.valueOf(action);
        } catch (IllegalArgumentException e) {
            throw new EpcisFormatException("unknown action '" + action + "' (ADD, OBSERVE or DELETE)");
        }
    }

    private static BizTransaction bizTransaction(JsonNode node) {
        return new BizTransaction(bare(Vocabulary.BIZ_TRANSACTION_TYPE, text(node, "type")), text(node, "bizTransaction"));
    }

    private static SourceDestination party(JsonNode node, String field) {
        return new SourceDestination(bare(Vocabulary.SOURCE_DESTINATION_TYPE, text(node, "type")), text(node, field));
    }

    private static SensorElement sensorElement(JsonNode node) {
        JsonNode m = node.path("sensorMetadata");
        SensorMetadata metadata = m.isObject() ? new SensorMetadata(instant(m, "time"), instant(m, "startTime"),
                instant(m, "endTime"), text(m, "deviceID"), text(m, "deviceMetadata"), text(m, "rawData"),
                text(m, "dataProcessingMethod"), text(m, "bizRules")) : null;
        return new SensorElement(metadata, list(node, "sensorReport", EventMapper::sensorReport));
    }

    private static SensorReport sensorReport(JsonNode r) {
        Boolean booleanValue = r.path("booleanValue").isBoolean() ? r.get("booleanValue").booleanValue() : null;
        return new SensorReport(bare(Vocabulary.MEASUREMENT_TYPE, text(r, "type")), decimal(r, "value"), text(r, "uom"),
                instant(r, "time"), decimal(r, "minValue"), decimal(r, "maxValue"), decimal(r, "meanValue"),
                text(r, "stringValue"), booleanValue, bare(Vocabulary.SENSOR_ALERT_TYPE, text(r, "exception")),
                bare(Vocabulary.COMPONENT, text(r, "component")), text(r, "deviceID"));
    }

    private static ErrorDeclaration errorDeclaration(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new ErrorDeclaration(instant(node, "declarationTime"), bare(Vocabulary.ERROR_REASON, text(node, "reason")),
                strings(node, "correctiveEventIDs"));
    }

    private static List<QuantityElement> quantities(JsonNode event, String field) {
        return list(event, field, q -> new QuantityElement(text(q, "epcClass"), decimal(q, "quantity"), text(q, "uom")));
    }

    private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> element) {
        List<T> values = new ArrayList<>();
        parent.path(field).forEach(node -> values.add(element.apply(node)));
        return values;
    }

    private static List<String> strings(JsonNode parent, String field) {
        return list(parent, field, node -> node.asText().strip());
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText().strip();
    }

    private static String bare(Vocabulary vocabulary, String value) {
        return vocabulary.bare(value);
    }

    private static BigDecimal decimal(JsonNode parent, String field) {
        String text = text(parent, field);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new EpcisFormatException(field + " is not a number: '" + text + "'");
        }
    }

    private static Instant instant(JsonNode parent, String field) {
        String text = text(parent, field);
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new EpcisFormatException(field + " is not a date-time with offset: '" + text + "'", e);
        }
    }
}
