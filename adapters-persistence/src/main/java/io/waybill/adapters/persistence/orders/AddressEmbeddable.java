package io.waybill.adapters.persistence.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class AddressEmbeddable {

    @Column(name = "address_line1")
    public String line1;
    @Column(name = "address_line2")
    public String line2;
    @Column(name = "postal_code")
    public String postalCode;
    public String city;
    public String region;
    @Column(name = "country_code")
    public String countryCode;
}
