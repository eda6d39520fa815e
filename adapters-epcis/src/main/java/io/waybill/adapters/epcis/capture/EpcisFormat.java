package io.waybill.adapters.epcis.capture;

import com.fasterxml.jackson.databind.JsonNode;
import io.waybill.adapters.epcis.document.EpcisDocumentReader;
import io.waybill.adapters.epcis.document.EpcisEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.AggregationEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.AssociationEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.ObjectEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.TransactionEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.TransformationEvent;
import io.waybill.adapters.epcis.document.EpcisFormatException;
import io.waybill.adapters.epcis.document.EpcisValidator;
import io.waybill.adapters.epcis.document.ErrorDeclaration;
import io.waybill.adapters.epcis.document.Gs1Keys;
import io.waybill.application.port.out.EpcisDocuments;
import io.waybill.application.shared.CapturedEvent;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a capture document: checked against GS1's EPCIS 2.0 JSON schema (bundled, nothing fetched), then event by
 * event. A problem the schema finds inside an event is that event's (the capture's error behaviour decides); one
 * outside every event refuses the document.
 */
@ApplicationScoped
public class EpcisFormat implements EpcisDocuments {

    private static final Pattern EVENT = Pattern.compile("^/epcisBody/eventList/(\\d+)(/.*)?$");

    private final EpcisValidator validator = new EpcisValidator();
    private final EpcisDocumentReader reader = new EpcisDocumentReader();

    @Override
    public Parsed read(InputStream document) {
        byte[] bytes;
        try {
            bytes = document.readAllBytes();
        } catch (IOException e) {
            throw new InvalidValueException("document", "could not be read: " + e.getMessage());
        }
        Map<Integer, List<String>> problems = new TreeMap<>();
        List<String> whole = new ArrayList<>();
        for (EpcisValidator.Problem p : validator.validate(new String(bytes, StandardCharsets.UTF_8))) {
            Matcher m = EVENT.matcher(p.pointer());
            if (m.matches()) {
                problems.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new ArrayList<>()).add(p.toString());
            } else {
                whole.add(p.toString());
            }
        }
        if (!whole.isEmpty()) {
            throw new InvalidValueException("document", "is not an EPCIS 2.0 document: " + String.join("; ", whole));
        }
        List<CapturedEvent> events = new ArrayList<>();
        Map<Integer, Integer> positions = new TreeMap<>(); // an event's index in the document: its place in events
        try {
            int[] index = {0};
            reader.readAsSent(new ByteArrayInputStream(bytes), (event, json) -> {
                positions.put(index[0]++, events.size());
                events.add(captured(event, json));
            }, (at, why) -> {
                index[0]++;
                problems.computeIfAbsent(at, i -> new ArrayList<>()).add(why);
            });
        } catch (EpcisFormatException e) {
            throw new InvalidValueException("document", e.getMessage());
        }
        return new Parsed(events, positions, problems);
    }

    static CapturedEvent captured(EpcisEvent event, JsonNode json) {
        EpcisEvent.CommonFields c = event.common();
        String action = null;
        String parent = null;
        List<String> epcs = new ArrayList<>();
        List<String> children = List.of();
        switch (event) {
            case ObjectEvent o -> {
                action = o.action().name();
                epcs.addAll(o.epcList());
            }
            case AggregationEvent a -> {
                action = a.action().name();
                parent = a.parentId();
                children = a.childEpcs();
            }
            case TransactionEvent t -> {
                action = t.action().name();
                parent = t.parentId();
                epcs.addAll(t.epcList());
            }
            case AssociationEvent a -> {
                action = a.action().name();
                parent = a.parentId();
                children = a.childEpcs();
            }
            case TransformationEvent t -> {
                epcs.addAll(t.inputEpcList());
                epcs.addAll(t.outputEpcList());
            }
        }
        if (parent != null) {
            epcs.add(parent);
        }
        epcs.addAll(children);
        Set<String> codes = new LinkedHashSet<>();
        for (String epc : epcs) {
            codes.add(epc);
            Gs1Keys.sscc(epc).ifPresent(sscc -> { // a parcel's barcode holds the SSCC's 18 digits, on a GS1-128 label after AI 00
                codes.add(sscc);
                codes.add("00" + sscc);
            });
        }
        ErrorDeclaration error = c.errorDeclaration();
        SensorMapping.Mapped sensors = SensorMapping.readings(event);
        return new CapturedEvent(c.eventId(), event.type(), action, c.eventTime(),
                c.eventTimeZoneOffset() == null ? null : ZoneOffset.of(c.eventTimeZoneOffset()), c.bizStep(), c.disposition(),
                c.readPoint(), c.bizLocation(), List.copyOf(new LinkedHashSet<>(epcs)), parent, children, List.copyOf(codes),
                error == null ? null : error.declarationTime(), error == null ? null : error.reason(),
                error == null ? List.of() : error.correctiveEventIds(), json.toString(),
                sensors.readings(), sensors.ignored());
    }
}
