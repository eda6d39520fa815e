package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.CaptureEpcis;
import io.waybill.application.shared.CapturedEvent;
import io.waybill.application.shared.EpcisQuery;
import io.waybill.application.shared.EpcisCaptureJob;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * EPCIS capture for the resource tests: keeps each document's bytes and answers a finished job that captured nothing.
 * What capture does with a document is the application's, tested there and end to end.
 */
@Singleton
public class InMemoryEpcis implements CaptureEpcis {

    private final Map<UUID, EpcisCaptureJob> jobs = new ConcurrentHashMap<>();
    private final Map<UUID, String> documents = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryEpcis(Clock clock) {
        this.clock = clock;
    }

    public Optional<String> document(UUID job) {
        return Optional.ofNullable(documents.get(job));
    }

    @Override
    public EpcisCaptureJob capture(InputStream document, boolean proceed) {
        EpcisCaptureJob job = new EpcisCaptureJob(UUID.randomUUID(), clock.instant(), clock.instant(), proceed ? "proceed" : "rollback",
                true, 0, 0, 0, 0, List.of(), List.of());
        try {
            documents.put(job.id(), new String(document.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jobs.put(job.id(), job);
        return job;
    }

    @Override
    public Optional<EpcisCaptureJob> job(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public List<CapturedEvent> query(EpcisQuery query) {
        return List.of();
    }
}
