package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Who ordered and how to reach them. Personal data: never shown in the public tracking view. At least
 * one contact (e-mail or phone) is present.
 */
public record Customer(String name, String email, String phone) implements ValueObject {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,32}");

    public Customer {
        name = InvalidValueException.requiredText(name, "customer.name", 200);
        email = InvalidValueException.optionalText(email, "customer.email", 254);
        phone = InvalidValueException.optionalText(phone, "customer.phone", 32);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidValueException("customer.email", "is not an e-mail address (got " + InvalidValueException.quote(email) + ")");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidValueException("customer.phone", "must be a phone number, preferably E.164 like +4930123456");
        }
        if (email == null && phone == null) {
            throw new InvalidValueException("customer", "needs an e-mail address or a phone number to be notified");
        }
    }
}
