package io.waybill.adapters.carriers.edifact;

import io.waybill.adapters.carriers.edifact.EdifactSegments.Segment;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.ParsedBuilder;
import io.waybill.domain.order.CarrierCode;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The envelopes of an EDIFACT interchange, checked as they close: UNB/UNZ (UNZ 0036 the count of messages, or of
 * groups when there are UNG groups; UNZ 0020 = UNB 0020), UNG/UNE (count and reference), UNH/UNT (UNT 0074 the number
 * of segments from UNH to UNT; UNT 0062 = UNH 0062). A message is handed over once its UNT checked out; one of another
 * type than IFTSTA is skipped with a warning.
 */
final class IftstaInterchange {

    private final CarrierCode carrier;
    private final Instant receivedAt;
    private final Consumer<Parsed> deliver;

    IftstaInterchange(CarrierCode carrier, Instant receivedAt, Consumer<Parsed> deliver) {
        this.carrier = carrier;
        this.receivedAt = receivedAt;
        this.deliver = deliver;
    }

    void read(EdifactSegments segments) {
        Segment unb = segments.next();
        if (unb == null) {
            throw new CarrierPayloadException("EDIFACT payload is empty");
        }
        expect(unb, "UNB", "an interchange starts with UNB (after an optional UNA)");
        String reference = unb.value(5);
        int messages = 0;
        int groups = 0;
        Segment s;
        while ((s = segments.next()) != null) {
            switch (s.tag()) {
                case "UNG" -> {
                    groups++;
                    readGroup(segments, s);
                }
                case "UNH" -> {
                    messages++;
                    readMessage(segments, s);
                }
                case "UNZ" -> {
                    int counted = groups > 0 ? groups : messages;
                    if (!Objects.equals(s.value(1), String.valueOf(counted))) {
                        throw new CarrierPayloadException(s + ": UNZ counts " + s.value(1) + " " + (groups > 0 ? "groups" : "messages")
                                + ", the interchange has " + counted);
                    }
                    if (!Objects.equals(s.value(2), reference)) {
                        throw new CarrierPayloadException(s + ": UNZ reference " + s.value(2) + " is not UNB's " + reference);
                    }
                    if (segments.next() != null) {
                        throw new CarrierPayloadException("EDIFACT interchange has segments after its UNZ");
                    }
                    return;
                }
                default -> throw new CarrierPayloadException(s + ": expected UNH, UNG or UNZ between messages");
            }
        }
        throw new CarrierPayloadException("EDIFACT interchange ends without UNZ");
    }

    private void readGroup(EdifactSegments segments, Segment ung) {
        int messages = 0;
        Segment s;
        while ((s = segments.next()) != null) {
            if (s.tag().equals("UNH")) {
                messages++;
                readMessage(segments, s);
            } else if (s.tag().equals("UNE")) {
                if (!Objects.equals(s.value(1), String.valueOf(messages)) || !Objects.equals(s.value(2), ung.value(5))) {
                    throw new CarrierPayloadException(s + ": UNE says " + s.value(1) + " messages, reference " + s.value(2)
                            + "; the group has " + messages + ", reference " + ung.value(5));
                }
                return;
            } else {
                throw new CarrierPayloadException(s + ": expected UNH or UNE in a group");
            }
        }
        throw new CarrierPayloadException(ung + ": the group ends without UNE");
    }

    private void readMessage(EdifactSegments segments, Segment unh) {
        String type = unh.value(2, 0);
        boolean iftsta = "IFTSTA".equals(type);
        ParsedBuilder out = new ParsedBuilder(carrier, receivedAt);
        IftstaContent content = new IftstaContent(out);
        int count = 1;
        Segment s;
        while ((s = segments.next()) != null) {
            count++;
            if (s.tag().equals("UNT")) {
                if (!Objects.equals(s.value(1), String.valueOf(count))) {
                    throw new CarrierPayloadException(s + ": UNT counts " + s.value(1) + " segments, the message has " + count);
                }
                if (!Objects.equals(s.value(2), unh.value(1))) {
                    throw new CarrierPayloadException(s + ": UNT reference " + s.value(2) + " is not UNH's " + unh.value(1));
                }
                if (iftsta) {
                    content.finish("message " + unh.value(1));
                } else {
                    out.warn(unh + ": a " + type + " message, not IFTSTA: skipped");
                }
                deliver.accept(out.build());
                return;
            }
            if (s.tag().startsWith("UN")) {
                throw new CarrierPayloadException(s + ": message " + unh.value(1) + " ends without UNT");
            }
            if (iftsta) {
                content.segment(s);
            }
        }
        throw new CarrierPayloadException(unh + ": the interchange ends inside the message");
    }

    private static void expect(Segment s, String tag, String why) {
        if (!s.tag().equals(tag)) {
            throw new CarrierPayloadException(s + ": " + why);
        }
    }
}
