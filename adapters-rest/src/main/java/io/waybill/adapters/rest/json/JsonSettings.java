package io.waybill.adapters.rest.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Keeps the UTC offset of every timestamp as sent: a scan at 14:05+02:00 is stored and shown as
 * 14:05+02:00, not converted to UTC (Jackson's default), because the local time is what people read.
 *
 * <p>Reads strictly, because a guess stored is worse than a 400: a number is a JSON number (not {@code "3"}, and
 * never {@code 1.5} cut to 1), text is a JSON string (not {@code 123}), a timestamp is an ISO-8601 string (not
 * {@code 123}, which would be 1970), and an array holds no {@code null}. The carrier adapters read their payloads
 * with their own mappers, so these rules bind the Waybill API only.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    /** After Quarkus' own customizer, which registers the java.time module: the timestamp readers here must win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("waybill-timestamps")
                .addDeserializer(Instant.class, TimestampsAsText.instants())
                .addDeserializer(OffsetDateTime.class, TimestampsAsText.offsetDateTimes()));
    }
}
