package io.waybill.application.shared;

import io.waybill.domain.kpi.Hours;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The key performance figures of a period (definitions: {@code docs/kpis.md}): what is asked ({@link Query}), the
 * stored daily sums they are made of ({@link Day}), and the figures ({@link Figures}, {@link Report}).
 */
public final class Kpis {

    private Kpis() {
    }

    /** The longest period one question may span, in days. */
    public static final int MAX_DAYS = 400;

    private static final Pattern LANE = Pattern.compile("[A-Z]{2}-[A-Z]{2}");

    /** Orders or shipments: an order's figures are its own (all its shipments), a shipment's its carrier's. */
    public enum Kind { ORDER, SHIPMENT }

    /**
     * Days {@code from} to {@code to}, both included, in the zone the figures are cut in; optionally one carrier, one
     * service, one lane ({@code DE-FR}: origin country, destination country; {@code ZZ} where the origin is not known).
     */
    public record Query(LocalDate from, LocalDate to, Optional<CarrierCode> carrier, Optional<ServiceLevel> service,
            Optional<String> lane) {

        public Query {
            InvalidValueException.required(from, "from");
            InvalidValueException.required(to, "to");
            if (to.isBefore(from)) {
                throw new InvalidValueException("to", "the period ends (" + to + ") before it begins (" + from + ")");
            }
            if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                throw new InvalidValueException("from", "a period spans at most " + MAX_DAYS + " days; " + from + " to " + to
                        + " spans " + (ChronoUnit.DAYS.between(from, to) + 1));
            }
            carrier = carrier == null ? Optional.empty() : carrier;
            service = service == null ? Optional.empty() : service;
            lane = lane == null ? Optional.empty() : lane;
            lane.ifPresent(l -> {
                if (!LANE.matcher(l).matches()) {
                    throw new InvalidValueException("lane", InvalidValueException.quote(l) + " is not a lane: two country codes,"
                            + " origin and destination, like DE-FR (ZZ for an unknown origin)");
                }
            });
        }

        /**
         * The query of the request's texts: dates as {@code 2026-11-30}; without {@code to}, today; without {@code from},
         * 29 days before {@code to} (30 days in all).
         */
        public static Query of(String from, String to, String carrier, String service, String lane, LocalDate today) {
            LocalDate end = blank(to) ? today : date("to", to);
            LocalDate start = blank(from) ? end.minusDays(29) : date("from", from);
            return new Query(start, end, blank(carrier) ? Optional.empty() : Optional.of(new CarrierCode(carrier.trim())),
                    blank(service) ? Optional.empty() : Optional.of(new ServiceLevel(service.trim())),
                    blank(lane) ? Optional.empty() : Optional.of(lane.trim().toUpperCase(Locale.ROOT)));
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        private static LocalDate date(String field, String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(field, InvalidValueException.quote(text) + " is not a date like 2026-11-30");
            }
        }
    }

    /**
     * The stored sums of one day for one kind, carrier, service and lane ({@code *} for all lanes): how many closed
     * (delivered, returned to sender, lost) and, of those, the counts each figure is made of; the durations of the
     * delivered ones in whole hours.
     */
    public record Day(LocalDate day, Kind kind, String carrier, String service, String lane, long closed, long delivered,
            long returned, long lost, long withPromise, long onTime, long firstAttempt, long exceptions, long accurate,
            Hours total, Hours fulfilment, Hours transit) {
    }

    /** {@code count} of {@code of}; the rate is empty when there is nothing to count. */
    public record Rate(long count, long of) {

        public Optional<Double> rate() {
            return of == 0 ? Optional.empty() : Optional.of((double) count / of);
        }

        /** The rate as people read it, like {@code 93.4 %}; a dash when there is nothing to count. */
        public String percent() {
            return rate().map(x -> String.format(Locale.ENGLISH, "%.1f %%", x * 100)).orElse("—");
        }
    }

    /**
     * Whole hours as people read them: {@code < 30 min} for 0 (rounded to the hour, 0 is under half an hour), hours
     * under two days, days with one decimal beyond; a dash for none.
     */
    public static String readable(OptionalInt hours) {
        if (hours.isEmpty()) {
            return "—";
        }
        int h = hours.getAsInt();
        if (h == 0) {
            return "< 30 min";
        }
        return h < 48 ? h + " h" : String.format(Locale.ENGLISH, "%.1f d", h / 24.0);
    }

    /** How many durations, and their median and 95th percentile in whole hours (empty when none). */
    public record Durations(long count, OptionalInt medianHours, OptionalInt p95Hours) {

        static Durations of(Hours hours) {
            return new Durations(hours.count(), hours.percentile(0.5), hours.percentile(0.95));
        }
    }

    /**
     * The figures of a set of days: closed, delivered, returned, lost; on time (of the delivered with a promise), first
     * attempt (of the delivered), exceptions (of the closed), accurate (of the delivered and returned: shipped as
     * ordered, not damaged, not returned); order-to-delivery, fulfilment and transit durations.
     */
    public record Figures(long closed, long delivered, long returned, long lost, Rate onTime, Rate firstAttempt,
            Rate exceptions, Rate accurate, Durations orderToDelivery, Durations fulfilment, Durations transit) {

        public static Figures of(List<Day> days) {
            long closed = 0, delivered = 0, returned = 0, lost = 0, withPromise = 0, onTime = 0, first = 0, exceptions = 0,
                    accurate = 0;
            Hours total = Hours.none(), fulfil = Hours.none(), transit = Hours.none();
            for (Day d : days) {
                closed += d.closed();
                delivered += d.delivered();
                returned += d.returned();
                lost += d.lost();
                withPromise += d.withPromise();
                onTime += d.onTime();
                first += d.firstAttempt();
                exceptions += d.exceptions();
                accurate += d.accurate();
                total = total.plus(d.total());
                fulfil = fulfil.plus(d.fulfilment());
                transit = transit.plus(d.transit());
            }
            return new Figures(closed, delivered, returned, lost, new Rate(onTime, withPromise), new Rate(first, delivered),
                    new Rate(exceptions, closed), new Rate(accurate, delivered + returned), Durations.of(total),
                    Durations.of(fulfil), Durations.of(transit));
        }
    }

    /** One carrier and service's shipment figures. */
    public record CarrierLine(String carrier, String service, Figures figures) {
    }

    /** One lane's shipment figures. */
    public record LaneLine(String lane, Figures figures) {
    }

    /** One day's order figures. */
    public record DayLine(LocalDate day, Figures figures) {
    }

    /**
     * A period's figures: of orders, of shipments, per carrier and service (most shipments first), and per day of the
     * period (every day, none left out); the zone the days are cut in, and until when the stored sums are up to date
     * (events stored since then count at the next refresh, within a minute).
     */
    public record Report(Query query, ZoneId zone, Optional<Instant> upTo, Figures orders, Figures shipments,
            List<CarrierLine> carriers, List<DayLine> days) {
    }
}
