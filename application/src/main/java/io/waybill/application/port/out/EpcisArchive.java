package io.waybill.application.port.out;

import io.waybill.application.shared.CapturedEvent;
import io.waybill.application.shared.EpcisCaptureJob;
import io.waybill.application.shared.EpcisQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The tenant's captured EPCIS events, the contents of its pallets over time, and its capture jobs. */
public interface EpcisArchive {

    /**
     * Stores the events not stored before (by event ID) and answers the IDs that were new. An error declaration of a
     * stored event (the same ID) marks it declared wrong, with its time, reason and corrective events.
     */
    Set<String> store(List<CapturedEvent> events, Instant recordTime);

    /**
     * Those of {@code eventIds} the tenant's archive holds as declared wrong: whichever arrived first, the event or its
     * error declaration, the archived event is then declared.
     */
    Set<String> declaredWrong(Collection<String> eventIds);

    /** The parent holds the children from {@code at} (an AggregationEvent ADD or OBSERVE). */
    void pack(String parent, Collection<String> children, Instant at);

    /** The children (all of them when empty) leave the parent at {@code at} (an AggregationEvent DELETE). */
    void unpack(String parent, Collection<String> children, Instant at);

    /** What each of {@code parents} held at {@code at}: parent to its children, for those that held any. */
    Map<String, List<String>> contents(Collection<String> parents, Instant at);

    List<CapturedEvent> query(EpcisQuery query);

    void save(EpcisCaptureJob job);

    Optional<EpcisCaptureJob> job(UUID id);

}
