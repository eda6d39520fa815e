package io.waybill.adapters.carriers.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.tracking.Milestone;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JourneyPlannerTest {

    private static final CarrierCode SIM = new CarrierCode("sim");
    /** A Friday afternoon in Berlin, so that some journeys meet a Sunday. */
    private static final Instant READY = Instant.parse("2026-11-27T14:30:00Z");
    private static final int JOURNEYS = 600;

    private static Journey plan(int i, long seed) {
        return JourneyPlanner.plan(SIM, new CarrierTrackingNumber(String.format("SIM%012d", i)), READY, seed);
    }

    private static List<Journey> journeys() {
        return IntStream.range(0, JOURNEYS).mapToObj(i -> plan(i, 42)).toList();
    }

    @Test
    void everyJourneyGoesFromHandOverOverOneToThreeHubsToDeliveryWithProofOrBackOrLost() {
        assertThat(journeys()).allSatisfy(journey -> {
            List<Journey.Step> steps = journey.steps();
            assertThat(steps.getFirst().milestone()).isEqualTo(Milestone.HANDED_OVER);
            assertThat(steps.getFirst().location().city()).isEqualTo("Berlin");
            assertThat(steps.getFirst().at()).isAfter(READY);
            assertThat(steps.getLast().milestone()).isIn(Milestone.DELIVERED, Milestone.RETURNED_TO_SENDER, Milestone.LOST);
            if (steps.getLast().milestone() == Milestone.DELIVERED) {
                assertThat(steps.getLast().proofOfDelivery().signatureRef()).isEqualTo("sim://signatures/" + journey.number());
            }
            assertThat(journey.estimatedDelivery()).as("the carrier's estimate").isAfter(steps.getFirst().at());
            assertThat(steps).filteredOn(step -> step.rawCode().equals("AR")).hasSizeBetween(1, 3);
            assertThat(steps).extracting(Journey.Step::at).isSorted().doesNotHaveDuplicates();
            assertThat(steps).extracting(Journey.Step::sourceEventId).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).startsWith(journey.number() + ":"));
            assertThat(steps).allSatisfy(step -> assertThat(step.occurredAt().getOffset())
                    .isEqualTo(step.zone().getRules().getOffset(step.at())));
            assertThat(steps).filteredOn(step -> step.milestone() == Milestone.DELIVERED).hasSizeLessThanOrEqualTo(1);
        });
    }

    @Test
    void goesOutForDeliveryOnWeekdayAndSaturdayMornings() {
        List<ZonedDateTime> rounds = journeys().stream().flatMap(j -> j.steps().stream())
                .filter(step -> step.milestone() == Milestone.OUT_FOR_DELIVERY)
                .map(step -> step.at().atZone(step.zone())).toList();

        assertThat(rounds).allSatisfy(local -> {
            assertThat(local.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            assertThat(local.toLocalTime()).isBetween(LocalTime.of(7, 0), LocalTime.of(9, 0));
        });
    }

    @Test
    void nowAndThenNobodyIsHomeTheAddressNeedsFixingTheWeatherHoldsItUpOrTheParcelIsLost() {
        List<Journey> journeys = journeys();
        List<Journey> failedAttempts = new ArrayList<>();
        List<Journey> held = new ArrayList<>();
        for (Journey journey : journeys) {
            List<Milestone> milestones = journey.steps().stream().map(Journey.Step::milestone).toList();
            int failed = milestones.indexOf(Milestone.DELIVERY_ATTEMPT_FAILED);
            if (failed >= 0) {
                failedAttempts.add(journey);
                assertThat(milestones.subList(failed + 1, milestones.size())).isIn(
                        List.of(Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED),
                        List.of(Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERY_ATTEMPT_FAILED, Milestone.RETURNED_TO_SENDER));
                assertThat(journey.steps().get(failed).reason()).isEqualTo("recipient not at home");
            }
            int hold = milestones.indexOf(Milestone.HELD);
            if (hold >= 0) {
                held.add(journey);
                assertThat(milestones.get(hold + 1)).isEqualTo(Milestone.IN_TRANSIT);
                assertThat(journey.steps().get(hold).reason()).isIn("address problem", "weather");
            }
        }

        assertThat(failedAttempts.size()).isBetween(JOURNEYS / 20, JOURNEYS / 6);
        assertThat(held.size()).isBetween(JOURNEYS / 20, JOURNEYS / 5);
        List<Journey> delivered = journeys.stream().filter(j -> j.steps().getLast().milestone() == Milestone.DELIVERED).toList();
        assertThat(delivered.size()).isGreaterThan(JOURNEYS * 9 / 10);
        assertThat(journeys).filteredOn(j -> j.steps().getLast().milestone() == Milestone.RETURNED_TO_SENDER).isNotEmpty();
        assertThat(journeys).filteredOn(j -> j.steps().getLast().milestone() == Milestone.LOST).isNotEmpty()
                .allSatisfy(j -> assertThat(j.steps().getLast().reason()).isEqualTo("lost in network"));
        assertThat(delivered).filteredOn(j -> j.steps().getLast().proofOfDelivery().hasPhoto()).isNotEmpty();
        assertThat(delivered).filteredOn(j -> !j.steps().getLast().proofOfDelivery().hasPhoto()).isNotEmpty();
        assertThat(delivered).extracting(j -> j.steps().getLast().location().city()).contains("Munich", "Hamburg", "Cologne");
    }

    @Test
    void aJourneyPlaysOutInAboutAMinuteAtDemoSpeed() {
        for (String weekdayReady : List.of("2026-11-25T06:00:00Z", "2026-11-25T13:30:00Z", "2026-11-25T19:00:00Z")) {
            Instant ready = Instant.parse(weekdayReady);
            List<Double> wallSeconds = IntStream.range(0, JOURNEYS)
                    .mapToObj(i -> JourneyPlanner.plan(SIM, new CarrierTrackingNumber(String.format("SIM%012d", i)), ready, 42))
                    .map(j -> Duration.between(ready, j.steps().getLast().at()).toSeconds() / SimulatedCarrier.DEMO_SPEED_UP)
                    .sorted().toList();

            assertThat(wallSeconds.get(JOURNEYS / 10)).as("10th percentile, ready at " + ready).isGreaterThan(20.0);
            assertThat(wallSeconds.get(JOURNEYS / 2)).as("median, ready at " + ready).isBetween(30.0, 90.0);
            assertThat(wallSeconds.get(JOURNEYS * 9 / 10)).as("90th percentile, ready at " + ready).isLessThan(100.0);
        }
    }

    @Test
    void theSameSeedAndTrackingNumberGiveTheSameJourneyAndOtherSeedsAnother() {
        assertThat(plan(5, 42)).isEqualTo(plan(5, 42));
        assertThat(IntStream.range(0, 20).mapToObj(i -> plan(5, i)).distinct()).hasSize(20);
    }

    @Test
    void aJourneyEndsAtTheHubServingTheAddressAndABerlinAddressIsALocalDelivery() {
        for (int i = 0; i < 100; i++) {
            CarrierTrackingNumber number = new CarrierTrackingNumber(String.format("SIM%012d", i));
            Journey toHamburg = JourneyPlanner.plan(SIM, number, READY, 42, JourneyPlanner.Scenario.DEFAULT, Hub.serving("Hamburg"), ServiceLevel.STANDARD);
            Journey toFrankfurt = JourneyPlanner.plan(SIM, number, READY, 42, JourneyPlanner.Scenario.DEFAULT,
                    Hub.serving("Frankfurt am Main"), ServiceLevel.STANDARD);
            Journey local = JourneyPlanner.plan(SIM, number, READY, 42, JourneyPlanner.Scenario.DEFAULT, Hub.serving("berlin"), ServiceLevel.STANDARD);

            if (toHamburg.steps().getLast().milestone() == Milestone.DELIVERED) {
                assertThat(toHamburg.steps().getLast().location().city()).isEqualTo("Hamburg");
            }
            if (toFrankfurt.steps().getLast().milestone() == Milestone.DELIVERED) {
                assertThat(toFrankfurt.steps().getLast().location().city()).isEqualTo("Frankfurt");
            }
            assertThat(local.steps()).as("never leaves Berlin").allSatisfy(step -> assertThat(step.location().city()).isEqualTo("Berlin"));
        }
        assertThat(Hub.serving("Potsdam")).isEmpty();
    }

    @Test
    void expressGoesDirectIsPromisedForNoonOfTheNextDayAndMostlyMakesIt() {
        Instant friday = Instant.parse("2026-11-27T08:30:00Z"); // handed over before the evening cut-off
        int delivered = 0;
        int onTime = 0;
        for (int i = 0; i < JOURNEYS; i++) {
            CarrierTrackingNumber number = new CarrierTrackingNumber(String.format("SIM%012d", i));
            Journey express = JourneyPlanner.plan(SIM, number, friday, 42, JourneyPlanner.Scenario.DEFAULT, Hub.serving("Munich"),
                    ServiceLevel.EXPRESS);
            Journey standard = JourneyPlanner.plan(SIM, number, friday, 42, JourneyPlanner.Scenario.DEFAULT, Hub.serving("Munich"),
                    ServiceLevel.STANDARD);

            assertThat(express.service()).isEqualTo(ServiceLevel.EXPRESS);
            assertThat(express.estimatedDelivery().atZone(Hub.serving("Munich").orElseThrow().zone()))
                    .as("noon of Saturday, the next delivery day").satisfies(promise -> {
                        assertThat(promise.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
                        assertThat(promise.toLocalTime()).isEqualTo(LocalTime.NOON);
                    });
            assertThat(express.estimatedDelivery()).isBefore(standard.estimatedDelivery());
            assertThat(express.steps().stream().filter(step -> step.rawCode().equals("AR")))
                    .as("no hub on the way: one arrival, at Munich").singleElement()
                    .satisfies(arrival -> assertThat(arrival.location().city()).isEqualTo("Munich"));
            if (express.steps().getLast().milestone() == Milestone.DELIVERED) {
                delivered++;
                onTime += express.steps().getLast().at().isAfter(express.estimatedDelivery()) ? 0 : 1;
            }
        }
        assertThat(onTime).as("express on time, of %d delivered", delivered).isGreaterThan((int) (0.75 * delivered));
        assertThat(onTime).isLessThan(delivered); // the same mishaps befall it
    }

    @Test
    void expressHandedOverAfterTheCutOffIsPromisedForTheDayAfter() {
        Instant tuesdayEvening = Instant.parse("2026-11-24T18:30:00Z"); // 19:30 in Berlin, handed over later still
        Journey express = JourneyPlanner.plan(SIM, new CarrierTrackingNumber("SIM000000000001"), tuesdayEvening, 42,
                JourneyPlanner.Scenario.DEFAULT, Hub.serving("Hamburg"), ServiceLevel.EXPRESS);

        ZonedDateTime promise = express.estimatedDelivery().atZone(Hub.serving("Hamburg").orElseThrow().zone());
        assertThat(promise.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(promise.toLocalTime()).isEqualTo(LocalTime.NOON);
    }
}
