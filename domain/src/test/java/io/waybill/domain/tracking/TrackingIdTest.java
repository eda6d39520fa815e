package io.waybill.domain.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.shared.InvalidValueException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingIdTest {

    private final Random random = new Random(20261125L);

    @Test
    void generatedIdsAreGroupedValidAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            TrackingId id = TrackingId.generate(random);
            assertThat(id.formatted()).matches("[0-9A-HJKMNP-TV-Y]{5}-[0-9A-HJKMNP-TV-Y]{5}-[0-9A-HJKMNP-TV-Y]{5}");
            assertThat(TrackingId.parse(id.formatted())).isEqualTo(id);
            assertThat(seen.add(id.value())).isTrue();
        }
    }

    @Test
    void carriesAtLeastSixtyRandomBits() {
        double bits = TrackingId.RANDOM_SYMBOLS * Math.log(TrackingId.MODULUS) / Math.log(2);
        assertThat(bits).isGreaterThanOrEqualTo(60.0);
        assertThat(TrackingId.ALPHABET).hasSize(31).doesNotContain("I", "L", "O", "U", "Z");
    }

    @Test
    void detectsEverySingleSymbolSubstitution() {
        for (int n = 0; n < 300; n++) {
            String id = TrackingId.generate(random).value();
            for (int pos = 0; pos < id.length(); pos++) {
                for (char c : TrackingId.ALPHABET.toCharArray()) {
                    if (c == id.charAt(pos)) {
                        continue;
                    }
                    String typo = id.substring(0, pos) + c + id.substring(pos + 1);
                    assertThatThrownBy(() -> TrackingId.parse(typo))
                            .as("substitution at %d in %s", pos, id)
                            .isInstanceOf(InvalidValueException.class)
                            .hasMessageContaining("check symbol");
                }
            }
        }
    }

    @Test
    void detectsEveryAdjacentTransposition() {
        for (int n = 0; n < 2_000; n++) {
            String id = TrackingId.generate(random).value();
            for (int pos = 0; pos + 1 < id.length(); pos++) {
                if (id.charAt(pos) == id.charAt(pos + 1)) {
                    continue;
                }
                String swapped = id.substring(0, pos) + id.charAt(pos + 1) + id.charAt(pos) + id.substring(pos + 2);
                assertThatThrownBy(() -> TrackingId.parse(swapped)).as("swap at %d in %s", pos, id)
                        .isInstanceOf(InvalidValueException.class);
            }
        }
    }

    @Test
    void forgivesCaseSpacingAndLookAlikes() {
        TrackingId id = TrackingId.generate(random);
        String typed = id.value().toLowerCase().replace('0', 'o').replace('1', 'l');
        assertThat(TrackingId.parse(" " + typed.substring(0, 7) + " " + typed.substring(7))).isEqualTo(id);
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> TrackingId.parse("ABC")).hasMessageContaining("must have 15 symbols");
        assertThatThrownBy(() -> TrackingId.parse("ABCDE-FGHJK-MNPQU")).hasMessageContaining("'U' is not a tracking ID symbol");
        assertThatThrownBy(() -> TrackingId.parse("")).hasMessageContaining("required");
    }
}
