package io.waybill.adapters.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedSmsProviderTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private final SimulatedSmsProvider provider = new SimulatedSmsProvider(Clock.fixed(T0, ZoneOffset.UTC), 3);

    @Test
    void keepsTheNewestFirstWithTimeNumberTextAndKey() {
        provider.send("+491701111111", "one", "k1");
        provider.send("+491702222222", "two", "k2");

        assertThat(provider.recent()).containsExactly(
                new SentSms(T0, "+491702222222", "two", "k2"),
                new SentSms(T0, "+491701111111", "one", "k1"));
    }

    @Test
    void aRepeatOfAKeyIsDropped() {
        provider.send("+491701111111", "one", "k1");
        provider.send("+491701111111", "one, again", "k1");

        assertThat(provider.recent()).extracting(SentSms::text).containsExactly("one");
    }

    @Test
    void keepsOnlyTheLastCapacityTexts() {
        for (int i = 1; i <= 5; i++) {
            provider.send("+491701111111", "text " + i, "k" + i);
        }

        assertThat(provider.recent()).extracting(SentSms::text).containsExactly("text 5", "text 4", "text 3");
        assertThat(provider.recent(2)).extracting(SentSms::text).containsExactly("text 5", "text 4");
        assertThat(provider.recent(0)).isEmpty();
    }

    @Test
    void rememberesKeysLongerThanTexts() {
        provider.send("+491701111111", "first", "k1");
        for (int i = 2; i <= 5; i++) {
            provider.send("+491701111111", "text " + i, "k" + i);
        }

        provider.send("+491701111111", "first, again", "k1");

        assertThat(provider.recent()).extracting(SentSms::text).doesNotContain("first, again");
    }

    @Test
    void needsRoomForOneText() {
        assertThatThrownBy(() -> new SimulatedSmsProvider(Clock.systemUTC(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
