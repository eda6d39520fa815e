package io.waybill.application.port.out;

import io.waybill.application.shared.CapturedEvent;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Reads GS1 EPCIS 2.0 capture documents (JSON-LD), checked against GS1's schema, event by event. */
public interface EpcisDocuments {

    /**
     * The events a document holds that could be read, in document order, and what is wrong with those that cannot be
     * captured, by their index in the document. A document that is not an EPCIS document at all (not JSON, no event
     * list) is refused whole with {@link io.waybill.domain.shared.InvalidValueException}.
     */
    Parsed read(InputStream document);

    /** {@code positions}: an event's index in the document, to its place in {@code events}. */
    record Parsed(List<CapturedEvent> events, Map<Integer, Integer> positions, Map<Integer, List<String>> problems) {
    }
}
