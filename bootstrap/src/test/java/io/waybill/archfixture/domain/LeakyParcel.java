package io.waybill.archfixture.domain;

/** Violation: a domain class using JPA. */
@jakarta.persistence.Entity
public class LeakyParcel {
    @jakarta.persistence.Id
    Long id;
}
