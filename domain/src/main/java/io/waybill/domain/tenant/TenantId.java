package io.waybill.domain.tenant;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.Identifier;

/**
 * The shipper a piece of data belongs to: its orders, shipments, events, keys, subscriptions. A slug chosen when the
 * tenant is created ({@code acme-shop}): 2-40 characters of a-z, 0-9 and '-', starting with a letter or digit, stored
 * lower case. Data that existed before tenants belongs to {@link #DEFAULT}.
 */
public record TenantId(String value) implements Identifier {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    /** The tenant that holds everything stored before Waybill had tenants, and single-shipper installations. */
    public static final TenantId DEFAULT = new TenantId("default");

    public TenantId {
        value = InvalidValueException.requiredText(value, "tenant", 40).toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("tenant", "must be 2-40 characters of a-z, 0-9 or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
