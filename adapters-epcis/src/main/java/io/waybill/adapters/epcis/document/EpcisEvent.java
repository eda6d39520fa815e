package io.waybill.adapters.epcis.document;

import java.time.Instant;
import java.util.List;

/**
 * One EPCIS 2.0 event as Waybill reads it: what (identifiers and quantities), when, where (read point, business
 * location), why (business step, disposition, transactions, sources and destinations), sensor readings and, for a
 * correction, the error declaration. Standard vocabulary values are bare CBV names ({@code shipping}, {@code in_transit},
 * {@code po}) however the document wrote them; identifiers are kept as written. Absent single values are {@code null},
 * absent lists empty.
 */
public sealed interface EpcisEvent {

    /** The fields every kind of event has. */
    CommonFields common();

    /** The EPCIS event type, e.g. {@code ObjectEvent}. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The event's ID: the one it was captured with, or its CBV 2.0 hash ID when it had none. */
    default String eventId() {
        return common().eventId();
    }

    /** What happened to the objects: added, observed, or deleted (removed from the parent or unpacked). */
    enum Action { ADD, OBSERVE, DELETE }

    /**
     * The fields every kind of event has. {@code eventIdDerived} is true when {@code eventId} is the hash, not given.
     */
    record CommonFields(String eventId, boolean eventIdDerived, Instant eventTime, String eventTimeZoneOffset,
            Instant recordTime, String bizStep, String disposition, String readPoint, String bizLocation,
            List<BizTransaction> bizTransactions, List<SourceDestination> sources, List<SourceDestination> destinations,
            List<SensorElement> sensorElements, ErrorDeclaration errorDeclaration) {

        public CommonFields {
            bizTransactions = List.copyOf(bizTransactions);
            sources = List.copyOf(sources);
            destinations = List.copyOf(destinations);
            sensorElements = List.copyOf(sensorElements);
        }
    }

    /** Objects observed, created, or removed on their own: the most common event (shipping, receiving). */
    record ObjectEvent(CommonFields common, Action action, List<String> epcList, List<QuantityElement> quantityList)
            implements EpcisEvent {
        public ObjectEvent {
            epcList = List.copyOf(epcList);
            quantityList = List.copyOf(quantityList);
        }
    }

    /** Objects packed into, seen inside, or unpacked from a parent (a pallet's SSCC, a case). */
    record AggregationEvent(CommonFields common, Action action, String parentId, List<String> childEpcs,
            List<QuantityElement> childQuantityList) implements EpcisEvent {
        public AggregationEvent {
            childEpcs = List.copyOf(childEpcs);
            childQuantityList = List.copyOf(childQuantityList);
        }
    }

    /** Objects tied to or untied from business transactions (an order, a despatch advice). */
    record TransactionEvent(CommonFields common, Action action, String parentId, List<String> epcList,
            List<QuantityElement> quantityList) implements EpcisEvent {
        public TransactionEvent {
            epcList = List.copyOf(epcList);
            quantityList = List.copyOf(quantityList);
        }
    }

    /** Inputs consumed and outputs produced (production, repacking); it has no action. */
    record TransformationEvent(CommonFields common, List<String> inputEpcList, List<QuantityElement> inputQuantityList,
            List<String> outputEpcList, List<QuantityElement> outputQuantityList, String transformationId)
            implements EpcisEvent {
        public TransformationEvent {
            inputEpcList = List.copyOf(inputEpcList);
            inputQuantityList = List.copyOf(inputQuantityList);
            outputEpcList = List.copyOf(outputEpcList);
            outputQuantityList = List.copyOf(outputQuantityList);
        }
    }

    /** Objects associated with or dissociated from a physical or digital parent (a sensor on a trailer). */
    record AssociationEvent(CommonFields common, Action action, String parentId, List<String> childEpcs,
            List<QuantityElement> childQuantityList) implements EpcisEvent {
        public AssociationEvent {
            childEpcs = List.copyOf(childEpcs);
            childQuantityList = List.copyOf(childQuantityList);
        }
    }
}
