package io.waybill.adapters.epcis.document;

/** A business transaction an event refers to: its identifier and, when given, its bare CBV type ({@code po}). */
public record BizTransaction(String type, String id) {
}
