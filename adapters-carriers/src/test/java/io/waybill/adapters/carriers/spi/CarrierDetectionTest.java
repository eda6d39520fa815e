package io.waybill.adapters.carriers.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.order.CarrierCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CarrierDetectionTest {

    /** A carrier that claims every number with a fixed confidence. */
    private record Claiming(String name, double confidence) implements CarrierAdapter {
        @Override
        public CarrierCode code() {
            return new CarrierCode(name);
        }

        @Override
        public String displayName() {
            return name;
        }

        @Override
        public Set<Mode> modes() {
            return Set.of(Mode.PUSH);
        }

        @Override
        public Optional<Recognition> recognise(String trackingNumber) {
            return confidence == 0 ? Optional.empty()
                    : Optional.of(new Recognition(code(), confidence, "claims " + trackingNumber));
        }

        @Override
        public Parsed parse(byte[] payload) {
            throw new CarrierPayloadException("not used");
        }
    }

    @Test
    void returnsEveryCandidateMostConfidentFirstWithNormalizedInput() {
        CarrierDetection detection = new CarrierDetection(List.of(new Claiming("low", 0.2), new Claiming("none", 0),
                new Claiming("high", 0.9), new Claiming("also-high", 0.9)));

        assertThat(detection.candidates(" 12 34ab ")).extracting(r -> r.carrier().value())
                .containsExactly("also-high", "high", "low");
        assertThat(detection.candidates(" 12 34ab ").getFirst().reason()).isEqualTo("claims 1234AB");
        assertThat(detection.candidates(" ")).isEmpty();
    }
}
