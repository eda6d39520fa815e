package io.waybill.adapters.persistence.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class CustomerEmbeddable {

    @Column(name = "customer_name")
    public String name;
    @Column(name = "customer_email")
    public String email;
    @Column(name = "customer_phone")
    public String phone;
}
