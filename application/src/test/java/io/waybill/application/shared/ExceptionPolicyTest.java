package io.waybill.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings of the exceptions queue as operations write them, and the refusals that name the setting. */
class ExceptionPolicyTest {

    @Test
    void theChainIsReadLevelByLevel() {
        EscalationChain chain = EscalationChain.parse(" mailto:ops-lead@example.com , WEBHOOK,mailto:director@example.com");
        assertThat(chain.levels()).containsExactly(new EscalationChain.Mail("ops-lead@example.com"), new EscalationChain.Webhook(),
                new EscalationChain.Mail("director@example.com"));
        assertThat(chain.after(0)).contains(new EscalationChain.Mail("ops-lead@example.com"));
        assertThat(chain.after(3)).isEmpty();
        assertThat(EscalationChain.parse("").levels()).isEmpty();
        assertThat(EscalationChain.parse(null).after(0)).isEmpty();
        assertThatThrownBy(() -> EscalationChain.parse("mailto:nobody")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("waybill.exceptions.escalation.chain").hasMessageContaining("'nobody'");
        assertThatThrownBy(() -> EscalationChain.parse("sms:+4930123")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("neither mailto:<address> nor webhook");
    }

    @Test
    void eachKindMayHaveItsOwnTimeToBeAcknowledged() {
        Map<ExceptionKind, Duration> times = ExceptionPolicy.perKind("lost=PT1H, DELIVERY_ATTEMPT_FAILED=PT2H,at-risk=P1D");
        assertThat(times).containsOnly(Map.entry(ExceptionKind.LOST, Duration.ofHours(1)),
                Map.entry(ExceptionKind.DELIVERY_ATTEMPT_FAILED, Duration.ofHours(2)), Map.entry(ExceptionKind.AT_RISK, Duration.ofDays(1)));
        ExceptionPolicy policy = new ExceptionPolicy(Duration.ofHours(4), times, Duration.ofHours(48), EscalationChain.parse(""));
        assertThat(policy.acknowledgeWithin(ExceptionKind.LOST)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.acknowledgeWithin(ExceptionKind.HELD)).isEqualTo(Duration.ofHours(4));
        assertThat(ExceptionPolicy.perKind(" ")).isEmpty();
        assertThatThrownBy(() -> ExceptionPolicy.perKind("stolen=PT1H")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'stolen' is not one of");
        assertThatThrownBy(() -> ExceptionPolicy.perKind("lost=1h")).hasMessageContaining("'1h' is not an ISO-8601 duration");
        assertThatThrownBy(() -> ExceptionPolicy.perKind("lost")).hasMessageContaining("is not kind=duration");
        assertThatThrownBy(() -> new ExceptionPolicy(Duration.ZERO, Map.of(), Duration.ofHours(48), null))
                .hasMessageContaining("waybill.exceptions.acknowledge-within");
        assertThatThrownBy(() -> new ExceptionPolicy(Duration.ofHours(1), Map.of(ExceptionKind.LOST, Duration.ofHours(-1)),
                Duration.ofHours(48), null)).hasMessageContaining("acknowledge-within-per-kind");
    }
}
