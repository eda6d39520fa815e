/**
 * In-memory fakes of the inbound ports the REST resources call, as CDI beans of the test boot, so that
 * resource tests exercise the real HTTP layer without the application services or a database.
 */
package io.waybill.adapters.rest.fakes;
