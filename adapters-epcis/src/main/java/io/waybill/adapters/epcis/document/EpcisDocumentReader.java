package io.waybill.adapters.epcis.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads an EPCIS 2.0 capture document (JSON / JSON-LD) into {@link EpcisEvent}s without holding the document in
 * memory: the parser walks to {@code epcisBody.eventList} (or a query document's
 * {@code epcisBody.queryResults.resultsBody.eventList}, or a single {@code epcisBody.event}) and builds a tree for one
 * event at a time. The header is skipped. A document with more events than the configured limit is refused.
 *
 * <p>Events without an {@code eventID} are given their CBV 2.0 hash ID, computed with the namespaces of the document's
 * {@code @context}; JSON-LD documents put {@code @context} first, and one written after the body is not seen in time.
 */
public final class EpcisDocumentReader {

    /** The limit when none is given: large enough for a day's captures of one site, small enough to refuse abuse. */
    public static final int DEFAULT_MAX_EVENTS = 100_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxEvents;

    public EpcisDocumentReader() {
        this(DEFAULT_MAX_EVENTS);
    }

    /** A reader that refuses documents of more than {@code maxEvents} events. */
    public EpcisDocumentReader(int maxEvents) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be at least 1");
        }
        this.maxEvents = maxEvents;
    }

    /** All events of the document, in document order. */
    public List<EpcisEvent> read(InputStream document) {
        List<EpcisEvent> events = new ArrayList<>();
        read(document, events::add);
        return List.copyOf(events);
    }

    /**
     * Hands each event to {@code sink} as soon as it is read, and returns how many there were. On a refusal the events
     * before it have been handed over already: a caller that must be all-or-nothing collects first.
     */
    public int read(InputStream document, Consumer<EpcisEvent> sink) {
        return readAsSent(document, (event, json) -> sink.accept(event));
    }

    /** As {@link #read(InputStream, Consumer)}, with each event's JSON as it was sent (for an archive that answers queries). */
    public int readAsSent(InputStream document, BiConsumer<EpcisEvent, JsonNode> sink) {
        return readAsSent(document, sink, null);
    }

    /**
     * As {@link #readAsSent(InputStream, BiConsumer)}, but an event that cannot be read is handed to {@code refused}
     * (its index from 0, and why) and the reading goes on with the next; a document that is not one still fails.
     */
    public int readAsSent(InputStream document, BiConsumer<EpcisEvent, JsonNode> sink, BiConsumer<Integer, String> refused) {
        try (JsonParser parser = JSON.createParser(document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new EpcisFormatException("an EPCIS document is a JSON object");
            }
            State state = new State(sink, refused);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "@context" -> state.context = EventHash.Context.of(parser.readValueAsTree());
                    case "epcisBody" -> body(parser, state);
                    default -> parser.skipChildren();
                }
            }
            return state.count;
        } catch (IOException e) {
            throw new EpcisFormatException("not readable as JSON: " + e.getMessage(), e);
        }
    }

    private void body(JsonParser parser, State state) throws IOException {
        expect(parser, JsonToken.START_OBJECT, "epcisBody");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "eventList" -> eventList(parser, state);
                case "event" -> state.accept(parser.readValueAsTree(), maxEvents);
                case "queryResults", "resultsBody" -> {
                    if (value == JsonToken.START_OBJECT) {
                        bodyFields(parser, state);
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
    }

    /** Inside a query document's nested objects, which lead to the same event list. */
    private void bodyFields(JsonParser parser, State state) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "eventList" -> eventList(parser, state);
                case "resultsBody" -> bodyFields(parser, state);
                default -> parser.skipChildren();
            }
        }
    }

    private void eventList(JsonParser parser, State state) throws IOException {
        expect(parser, JsonToken.START_ARRAY, "eventList");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            state.accept(parser.readValueAsTree(), maxEvents);
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw new EpcisFormatException("eventList holds something other than event objects");
        }
    }

    private static void expect(JsonParser parser, JsonToken token, String field) {
        if (parser.currentToken() != token) {
            throw new EpcisFormatException(field + " is not a JSON " + (token == JsonToken.START_ARRAY ? "array" : "object"));
        }
    }

    /** What is known while walking the document: its namespaces, and how many events were handed over. */
    private static final class State {
        private final BiConsumer<EpcisEvent, JsonNode> sink;
        private final BiConsumer<Integer, String> refused;
        private EventHash.Context context = EventHash.Context.NONE;
        private int count;

        State(BiConsumer<EpcisEvent, JsonNode> sink, BiConsumer<Integer, String> refused) {
            this.sink = sink;
            this.refused = refused;
        }

        void accept(JsonNode event, int maxEvents) {
            if (count == maxEvents) {
                throw new EpcisFormatException("the document has more than " + maxEvents + " events");
            }
            count++;
            try {
                sink.accept(EventMapper.map(event, context), event);
            } catch (EpcisFormatException e) {
                if (refused == null) {
                    throw new EpcisFormatException("event " + count + ": " + e.getMessage(), e);
                }
                refused.accept(count - 1, e.getMessage());
            }
        }
    }
}
