package io.waybill.adapters.epcis.document;

/**
 * A source or destination of a transfer: the party or location's identifier, and its bare CBV type
 * ({@code owning_party}, {@code possessing_party}, {@code location}).
 */
public record SourceDestination(String type, String id) {
}
