package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Who ordered and how to reach them. Personal data: never shown in the public tracking view. At least
 * one contact (e-mail or phone) is present.
 */
public record Customer(String name, String email, String phone) implements ValueObject {

    public Customer {
        name = InvalidValueException.requiredText(name, "customer.name", 200);
        email = InvalidValueException.optionalText(email, "customer.email", 254);
        phone = InvalidValueException.optionalText(phone, "customer.phone", 32);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("customer.email", "is not an e-mail address (got '" + email + "')");
        }
        if (phone != null && !phone.matches("\\+?[0-9 ()./-]{5,32}")) {
            throw new InvalidValueException("customer.phone", "must be a phone number, preferably E.164 like +4930123456");
        }
        if (email == null && phone == null) {
            throw new InvalidValueException("customer", "needs an e-mail address or a phone number to be notified");
        }
    }
}
