package io.waybill.adapters.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads timestamps from JSON strings only. Jackson's own reader takes a number as seconds since 1970, so
 * {@code "occurredAt": 123} became a scan in 1970; here it is refused like any other wrong type.
 */
final class TimestampsAsText<T> extends StdDeserializer<T> {

    private final transient JsonDeserializer<T> iso;

    private TimestampsAsText(Class<T> type, JsonDeserializer<T> iso) {
        super(type);
        this.iso = iso;
    }

    static TimestampsAsText<Instant> instants() {
        return new TimestampsAsText<>(Instant.class, InstantDeserializer.INSTANT);
    }

    static TimestampsAsText<OffsetDateTime> offsetDateTimes() {
        return new TimestampsAsText<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME);
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            @SuppressWarnings("unchecked")
            T refused = (T) context.handleUnexpectedToken(handledType(), parser);
            return refused;
        }
        return iso.deserialize(parser, context);
    }
}
