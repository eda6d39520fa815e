/**
 * In-memory fakes of the outbound ports and test data builders, published in the application test-jar
 * so that adapter and bootstrap tests can reuse them.
 */
package io.waybill.application.fakes;
