package io.waybill.application.shared;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A kind of request a key may make, within what its {@link Role} allows. A key holds one or more: {@code [read]} is a
 * read-only key, {@code [events]} an events-only key (a scanner or WMS that only reports), all three a full key.
 */
public enum Scope {
    /** Reading: every GET. */
    READ,
    /** Posting warehouse and tracking events, and nothing else that changes data. */
    EVENTS,
    /** Every other change: orders, cancellations, webhooks, disruptions, keys, tenants. */
    WRITE;

    /** What a key gets when none are named: everything its role allows. */
    public static final Set<Scope> ALL = Set.copyOf(EnumSet.allOf(Scope.class));

    /** The wire name: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads scope names ({@code read}, {@code events}, {@code write}); none given means {@link #ALL}. */
    public static Set<Scope> parse(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return ALL;
        }
        EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            scopes.add(parse(name));
        }
        return Set.copyOf(scopes);
    }

    private static Scope parse(String name) {
        if (name != null) {
            for (Scope scope : values()) {
                if (scope.wireName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return scope;
                }
            }
        }
        throw new InvalidValueException("scopes", "'" + name + "' is not one of "
                + Arrays.stream(values()).map(Scope::wireName).toList());
    }
}
