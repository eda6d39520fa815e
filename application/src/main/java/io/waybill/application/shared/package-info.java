/**
 * Vocabulary the ports share (search criteria and results, roles, the errors of storing an order),
 * usable by primary and secondary adapters alike.
 */
package io.waybill.application.shared;
