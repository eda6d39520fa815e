package io.waybill.archfixture.application;

/** Violation: an application service bound to a framework (CDI). */
@jakarta.enterprise.context.ApplicationScoped
public class FrameworkService {
}
