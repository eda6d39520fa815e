package io.waybill.application.shared;

import io.waybill.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whom an unacknowledged exception is taken to, level by level, each time its deadline passes: an e-mail address
 * ({@code mailto:ops-lead@example.com}) or the tenant's webhook subscriptions to {@code exception.escalated}
 * ({@code webhook}). An empty chain escalates nothing: items past their deadline just show as overdue.
 */
public record EscalationChain(List<Level> levels) {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,<>]+@[^@\\s,<>]+\\.[^@\\s,<>]+");

    /** One level of the chain. */
    public sealed interface Level permits Mail, Webhook {

        /** Whom this level tells, in words for the audit trail. */
        String told();
    }

    /** An e-mail to one address. */
    public record Mail(String address) implements Level {

        public Mail {
            if (address == null || !ADDRESS.matcher(address).matches()) {
                throw new InvalidValueException("waybill.exceptions.escalation.chain", InvalidValueException.quote(address)
                        + " is not an e-mail address (mailto:ops-lead@example.com)");
            }
        }

        @Override
        public String told() {
            return "e-mail to " + address;
        }
    }

    /** A signed webhook {@code exception.escalated} to each of the tenant's subscriptions that want it. */
    public record Webhook() implements Level {

        @Override
        public String told() {
            return "webhook exception.escalated to the tenant's subscriptions";
        }
    }

    public EscalationChain {
        levels = List.copyOf(levels);
    }

    /** The chain of a setting like {@code mailto:ops-lead@example.com,webhook}; blank: none. */
    public static EscalationChain parse(String setting) {
        List<Level> levels = new ArrayList<>();
        for (String part : setting == null ? new String[0] : setting.split(",")) {
            String level = part.strip();
            if (level.isEmpty()) {
                continue;
            }
            if (level.regionMatches(true, 0, "mailto:", 0, 7)) {
                levels.add(new Mail(level.substring(7).strip()));
            } else if (level.equalsIgnoreCase("webhook")) {
                levels.add(new Webhook());
            } else {
                throw new InvalidValueException("waybill.exceptions.escalation.chain", InvalidValueException.quote(level)
                        + " is neither mailto:<address> nor webhook");
            }
        }
        return new EscalationChain(levels);
    }

    /** The level an item goes to after {@code reached} levels (0: not escalated yet); empty once the chain is used up. */
    public Optional<Level> after(int reached) {
        return reached >= 0 && reached < levels.size() ? Optional.of(levels.get(reached)) : Optional.empty();
    }
}
