package io.waybill.domain.order;

import org.jmolecules.ddd.types.ValueObject;

/**
 * One entry of the chronological timeline, with whether it moved the status. An event that does not
 * fit its place in the chronology (an in-transit scan stamped after delivery) stays visible, with a
 * note, but does not change the status.
 */
public record TimelineItem(TimelineEntry entry, boolean applied, String note) implements ValueObject {
}
