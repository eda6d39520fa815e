package io.waybill.archfixture.domain;

/** Violation: a domain class using JPA. */
@jakarta.persistence.Entity
public class LeakyParcel {
    @jakarta.persistence.Id
    Long id;

    /** Violation: the domain reaching out to the application layer. */
    io.waybill.archfixture.application.FrameworkService service;
}
