package io.waybill.adapters.carriers.simulated;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Plans a shipment's journey from the seed and the shipment's tracking number alone, so the same seed
 * always gives the same journey: handed over at the origin hub, one to three hub arrivals on a sensible
 * route, out for delivery the next delivery morning, delivered with proof. Now and then the shipment is
 * held for an address problem or by the weather on the way, nobody is home at the first attempt (and
 * sometimes not at the second either: it goes back to the sender), or it is lost in the network. Transit
 * times follow the lane: the road distance between hubs at truck speed, plus handling at each hub.
 * An express shipment goes direct to its destination hub, is promised for noon of the next day (the day
 * after when handed over after the evening cut-off) and is delivered early in the round; the same mishaps
 * befall it.
 */
final class JourneyPlanner {

    static final double HOLD_PROBABILITY = 0.08;
    /** Storms per hub and day ({@link Weather}): about one journey in twenty meets one. */
    static final double STORMS_PER_HUB_DAY = 0.035;
    static final double FAILED_ATTEMPT_PROBABILITY = 0.10;
    /** After a failed attempt: the second fails too and the shipment goes back to the sender. */
    static final double RETURN_AFTER_FAILED_ATTEMPT_PROBABILITY = 0.3;
    static final double LOST_PROBABILITY = 0.01;

    /**
     * How a network behaves: the chances of each mishap, storms per hub and day, truck speed and hub handling time.
     * {@link #DEFAULT} is the demo's; the others are for evaluating predictions on conditions the model did not learn
     * from.
     */
    record Scenario(String name, double hold, double storms, double failedAttempt, double returnAfterFailed, double lost,
            double truckKmh, int handlingMin, int handlingMax) {

        static final Scenario DEFAULT = new Scenario("default", HOLD_PROBABILITY, STORMS_PER_HUB_DAY,
                FAILED_ATTEMPT_PROBABILITY, RETURN_AFTER_FAILED_ATTEMPT_PROBABILITY, LOST_PROBABILITY, TRUCK_KMH, 20, 60);
        /** Winter: storms four times as often (about one journey in five meets one), trucks slower. */
        static final Scenario WINTER = new Scenario("winter", 0.08, 0.15, 0.12, 0.3, 0.01, 55, 20, 60);
        /** Peak season: hubs congested, more failed attempts. */
        static final Scenario PEAK = new Scenario("peak", 0.12, 0.05, 0.18, 0.3, 0.015, 65, 60, 180);
    }
    static final double PHOTO_PROBABILITY = 0.4;
    /** A route may be this much longer than the direct line, which keeps stops on the way. */
    private static final double MAX_DETOUR = 1.3;
    private static final double ROAD_FACTOR = 1.2;
    private static final double TRUCK_KMH = 70;
    private static final LocalTime LAST_NIGHT_ARRIVAL = LocalTime.of(6, 30);
    private static final LocalTime ROUNDS_START = LocalTime.of(7, 0);
    /** Express: handed over after this (origin time), it makes the next night's linehaul only. */
    private static final LocalTime EXPRESS_CUT_OFF = LocalTime.of(18, 0);
    private static final LocalTime EXPRESS_BY = LocalTime.of(12, 0);

    private static final List<String> RECEIVERS = List.of("A. Becker", "J. Schmidt", "M. Yilmaz", "L. Hoffmann", "K. Nowak",
            "S. Weber", "P. Fischer", "E. Wagner", "R. Schulz", "T. Nguyen", "C. Rossi", "N. Krüger");

    private final CarrierTrackingNumber number;
    private final SplittableRandom random;
    private final List<Journey.Step> steps = new ArrayList<>();

    private final Scenario scenario;
    private final Weather weather;
    private final Optional<Hub> to;
    private final ServiceLevel service;
    private final boolean express;

    private JourneyPlanner(CarrierCode carrier, CarrierTrackingNumber number, long seed, Scenario scenario, Optional<Hub> to,
            ServiceLevel service) {
        this.scenario = scenario;
        this.service = service;
        this.express = ServiceLevel.EXPRESS.equals(service);
        this.to = to;
        this.weather = weather(seed, scenario);
        this.number = number;
        UUID fingerprint = UUID.nameUUIDFromBytes((carrier + ":" + number).getBytes(StandardCharsets.UTF_8));
        this.random = new SplittableRandom(seed ^ fingerprint.getMostSignificantBits() ^ fingerprint.getLeastSignificantBits());
    }

    /** The weather every journey of this seed and scenario meets. */
    static Weather weather(long seed, Scenario scenario) {
        return new Weather(seed, scenario.storms());
    }

    static Journey plan(CarrierCode carrier, CarrierTrackingNumber number, Instant ready, long seed) {
        return plan(carrier, number, ready, seed, Scenario.DEFAULT);
    }

    static Journey plan(CarrierCode carrier, CarrierTrackingNumber number, Instant ready, long seed, Scenario scenario) {
        return plan(carrier, number, ready, seed, scenario, Optional.empty(), ServiceLevel.STANDARD);
    }

    static Journey plan(CarrierCode carrier, CarrierTrackingNumber number, Instant ready, long seed, Scenario scenario,
            ServiceLevel service) {
        return plan(carrier, number, ready, seed, scenario, Optional.empty(), service);
    }

    /**
     * With {@code to}: the journey ends at the hub serving the delivery address; else at a hub of the seed's choosing.
     * A service other than express travels as standard.
     */
    static Journey plan(CarrierCode carrier, CarrierTrackingNumber number, Instant ready, long seed, Scenario scenario,
            Optional<Hub> to, ServiceLevel service) {
        return new JourneyPlanner(carrier, number, seed, scenario, to, service).plan(carrier, ready);
    }

    private Journey plan(CarrierCode carrier, Instant ready) {
        List<Hub> route = route();
        Hub origin = route.getFirst();
        Hub destination = route.getLast();
        boolean held = random.nextDouble() < scenario.hold();
        int holdAt = held && route.size() > 1 ? random.nextInt(1, route.size()) : -1;

        Instant t = ready.plus(minutes(30, 180));
        scan(Milestone.HANDED_OVER, "PU", "Picked up", null, t, origin, origin.facility(), null);
        Instant estimate = express ? promisedExpress(t, origin, destination) : promisedDelivery(t, destination);
        boolean lost = random.nextDouble() < scenario.lost();
        t = weatherHold(origin, t);
        for (int i = 1; i < route.size(); i++) {
            Hub hub = route.get(i);
            t = t.plus(minutes(scenario.handlingMin(), scenario.handlingMax())).plus(drive(route.get(i - 1), hub));
            scan(Milestone.IN_TRANSIT, "AR", "Arrived at facility", null, t, hub, hub.facility(), null);
            if (lost) {
                // the parcel never leaves this hub; after a search of some days the carrier declares it lost
                t = t.plus(Duration.ofDays(5)).plus(minutes(0, 600));
                scan(Milestone.LOST, "LO", "Shipment could not be located, claim opened", "lost in network", t, hub,
                        hub.facility(), null);
                return new Journey(carrier, number, ready, steps, estimate, service);
            }
            if (i == holdAt) {
                t = t.plus(minutes(20, 60));
                scan(Milestone.HELD, "SE", "Shipment exception: address problem, held at facility", "address problem", t,
                        hub, hub.facility(), null);
                t = t.plus(minutes(180, 600));
                scan(Milestone.IN_TRANSIT, "RS", "Address corrected, shipment released", null, t, hub, hub.facility(), null);
            } else {
                t = weatherHold(hub, t);
            }
        }
        t = deliveryRound(t.plus(minutes(45, 90)), destination);
        scan(Milestone.OUT_FOR_DELIVERY, "OD", "On vehicle for delivery", null, t, destination, destination.facility(), null);
        t = t.plus(express ? minutes(30, 180) : minutes(60, 420));
        if (random.nextDouble() < scenario.failedAttempt()) {
            scan(Milestone.DELIVERY_ATTEMPT_FAILED, "DE", "Delivery exception: customer not available, notice left",
                    "recipient not at home", t, destination, destination.area(), null);
            t = deliveryRound(t, destination);
            scan(Milestone.OUT_FOR_DELIVERY, "OD", "On vehicle for delivery", null, t, destination, destination.facility(), null);
            t = t.plus(minutes(60, 420));
            if (random.nextDouble() < scenario.returnAfterFailed()) {
                scan(Milestone.DELIVERY_ATTEMPT_FAILED, "DE", "Delivery exception: second attempt failed",
                        "recipient not at home", t, destination, destination.area(), null);
                t = t.plus(minutes(120, 300));
                scan(Milestone.RETURNED_TO_SENDER, "RT", "Returned to sender after failed delivery attempts",
                        "undeliverable", t, destination, destination.facility(), null);
                return new Journey(carrier, number, ready, steps, estimate, service);
            }
        }
        scan(Milestone.DELIVERED, "DL", "Delivered", null, t, destination, destination.area(), proof(destination));
        return new Journey(carrier, number, ready, steps, estimate, service);
    }

    /** Origin, up to two hubs on the way (never a long detour), destination. */
    private List<Hub> route() {
        List<Hub> destinations = Hub.NETWORK.stream().filter(hub -> hub != Hub.ORIGIN).toList();
        Hub drawn = destinations.get(random.nextInt(destinations.size()));
        if (to.isPresent() && to.get() == Hub.ORIGIN) {
            return List.of(Hub.ORIGIN); // a local delivery: from the origin hub's own rounds
        }
        Hub destination = to.orElse(drawn);
        double limit = MAX_DETOUR * Hub.ORIGIN.kilometresTo(destination);
        List<Hub> candidates = destinations.stream().filter(hub -> hub != destination).toList();
        List<List<Hub>> routes = new ArrayList<>();
        int stopsDrawn = random.nextInt(0, 3);
        int stops = express ? 0 : stopsDrawn; // express goes direct
        while (routes.isEmpty()) {
            for (List<Hub> via : combinations(candidates, stops)) {
                List<Hub> route = new ArrayList<>();
                route.add(Hub.ORIGIN);
                via.stream().sorted(Comparator.comparingDouble(Hub.ORIGIN::kilometresTo)).forEach(route::add);
                route.add(destination);
                if (length(route) <= limit) {
                    routes.add(route);
                }
            }
            stops--;
        }
        return routes.get(random.nextInt(routes.size()));
    }

    private static List<List<Hub>> combinations(List<Hub> hubs, int size) {
        if (size == 0) {
            return List.of(List.of());
        }
        List<List<Hub>> combinations = new ArrayList<>();
        for (int i = 0; i < hubs.size(); i++) {
            for (List<Hub> rest : combinations(hubs.subList(i + 1, hubs.size()), size - 1)) {
                List<Hub> combination = new ArrayList<>();
                combination.add(hubs.get(i));
                combination.addAll(rest);
                combinations.add(combination);
            }
        }
        return combinations;
    }

    private static double length(List<Hub> route) {
        double km = 0;
        for (int i = 1; i < route.size(); i++) {
            km += route.get(i - 1).kilometresTo(route.get(i));
        }
        return km;
    }

    private Duration drive(Hub from, Hub to) {
        return Duration.ofMinutes(Math.round(from.kilometresTo(to) * ROAD_FACTOR / scenario.truckKmh() * 60));
    }

    /**
     * The carrier's own estimate, as carriers make it: the end of a standard transit time by distance (next day
     * within 300 km, else two days), blind to what will go wrong on the way.
     */
    private static Instant promisedDelivery(Instant handedOver, Hub destination) {
        int days = Hub.ORIGIN.kilometresTo(destination) <= 300 ? 1 : 2;
        LocalDate day = handedOver.atZone(destination.zone()).toLocalDate().plusDays(days);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(LocalTime.of(18, 0)).atZone(destination.zone()).toInstant();
    }

    /** Express: noon of the next delivery day, or of the day after when handed over after the evening cut-off. */
    private static Instant promisedExpress(Instant handedOver, Hub origin, Hub destination) {
        ZonedDateTime local = handedOver.atZone(origin.zone());
        LocalDate day = local.toLocalDate().plusDays(local.toLocalTime().isBefore(EXPRESS_CUT_OFF) ? 1 : 2);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(EXPRESS_BY).atZone(destination.zone()).toInstant();
    }

    /** A storm raging at the hub holds the parcel there until it is over. */
    private Instant weatherHold(Hub hub, Instant at) {
        Optional<Weather.Storm> storm = weather.at(hub, at);
        if (storm.isEmpty()) {
            return at;
        }
        Instant t = at.plus(minutes(10, 40));
        scan(Milestone.HELD, "WX", "Delayed: severe weather, linehaul suspended", "weather", t, hub, hub.facility(), null);
        t = max(t, storm.get().until()).plus(minutes(30, 120));
        scan(Milestone.IN_TRANSIT, "DP", "Departed facility after weather delay", null, t, hub, hub.facility(), null);
        return t;
    }

    /**
     * The next delivery morning's round, after any storm at the destination: a round a storm cancels is reported as a
     * weather hold at the destination hub, as carriers do.
     */
    private Instant deliveryRound(Instant earliest, Hub destination) {
        Instant t = deliveryMorning(earliest, destination.zone());
        for (Optional<Weather.Storm> storm = weather.at(destination, t); storm.isPresent(); storm = weather.at(destination, t)) {
            scan(Milestone.HELD, "WX", "Delivery rounds suspended: severe weather", "weather", t, destination, destination.facility(),
                    null);
            t = deliveryMorning(storm.get().until(), destination.zone());
        }
        return t;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Rounds start at 7-9 in the morning, Monday to Saturday: the same day for an overnight arrival, else the next. */
    private Instant deliveryMorning(Instant earliest, ZoneId zone) {
        ZonedDateTime local = earliest.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(LAST_NIGHT_ARRIVAL) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(ROUNDS_START).plusMinutes(random.nextInt(0, 121)).atZone(zone).toInstant();
    }

    private ProofOfDelivery proof(Hub destination) {
        String receivedBy = RECEIVERS.get(random.nextInt(RECEIVERS.size()));
        String photo = random.nextDouble() < PHOTO_PROBABILITY ? "sim://photos/" + number + ".jpg" : null;
        GeoPoint doorstep = new GeoPoint(destination.position().latitude() + random.nextDouble(-0.05, 0.05),
                destination.position().longitude() + random.nextDouble(-0.08, 0.08));
        return new ProofOfDelivery(receivedBy, "sim://signatures/" + number, photo, doorstep);
    }

    private Duration minutes(int min, int max) {
        return Duration.ofMinutes(random.nextInt(min, max + 1));
    }

    private void scan(Milestone milestone, String code, String text, String reason, Instant at, Hub hub, Location location,
            ProofOfDelivery proof) {
        String id = String.format("%s:%02d-%s", number, steps.size() + 1, code);
        steps.add(new Journey.Step(id, milestone, code, text, reason, at, hub.zone(), location, proof));
    }
}
