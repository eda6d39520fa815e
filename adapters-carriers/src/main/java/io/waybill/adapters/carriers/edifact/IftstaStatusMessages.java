package io.waybill.adapters.carriers.edifact;

import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.Recognition;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.domain.order.CarrierCode;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * UN/EDIFACT IFTSTA (international multimodal status report) interchanges, directories D.96A, D.01B, D.04A and the
 * others of the same shape, read as a stream beside the X12 214 ({@code /api/v1/carriers/edifact/interchanges}).
 *
 * <ul>
 *   <li>One adapter per trading partner: its carrier code (default {@code edifact}) names the events' carrier.</li>
 *   <li>Segments are read one at a time ({@link EdifactSegments}, with the UNA service characters and the release
 *       character); a message is handed over once its envelope checked out ({@link IftstaInterchange}). With
 *       {@link #stream}, messages before a broken envelope are delivered; {@link #parse} returns all or nothing.</li>
 *   <li>Each STS is an event, its code read through UN/ECE Recommendation 24 ({@link IftstaContent}).</li>
 * </ul>
 */
@Singleton
@Named("edifact")
public final class IftstaStatusMessages implements CarrierAdapter {

    public static final CarrierCode DEFAULT_CODE = new CarrierCode("edifact");

    private final CarrierCode code;
    private final Clock clock;

    public IftstaStatusMessages(CarrierCode code, Clock clock) {
        this.code = code;
        this.clock = clock;
    }

    @Inject
    public IftstaStatusMessages(Clock clock) {
        this(DEFAULT_CODE, clock);
    }

    @Override
    public CarrierCode code() {
        return code;
    }

    @Override
    public String displayName() {
        return "EDIFACT IFTSTA (" + code + ")";
    }

    @Override
    public Set<Mode> modes() {
        return Set.of(Mode.EDI);
    }

    /**
     * IFTSTA consignment numbers are the partner's own: bills of lading, booking numbers. Only the common bill of lading
     * shape, a four-letter SCAC and 6 to 12 digits (MAEU123456789), is a candidate, and a weak one: no check digit.
     */
    @Override
    public Optional<Recognition> recognise(String trackingNumber) {
        if (trackingNumber == null) {
            return Optional.empty();
        }
        String number = trackingNumber.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (number.matches("[A-Z]{4}[0-9]{6,12}")) {
            return Optional.of(new Recognition(code, 0.2, "a four-letter SCAC and digits: could be a bill of lading an EDIFACT"
                    + " partner (" + code + ") reports; there is no check digit"));
        }
        return Optional.empty();
    }

    @Override
    public Parsed parse(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new CarrierPayloadException("EDIFACT payload is empty");
        }
        List<RecordTrackingEvents.Event> events = new ArrayList<>();
        List<Unmapped> unmapped = new ArrayList<>();
        List<EstimatedDelivery> estimates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        stream(new ByteArrayInputStream(payload), message -> {
            events.addAll(message.events());
            unmapped.addAll(message.unmapped());
            estimates.addAll(message.estimatedDeliveries());
            warnings.addAll(message.warnings());
        });
        return new Parsed(events, unmapped, estimates, warnings);
    }

    /**
     * Reads an interchange from {@code in} (UTF-8; UNOA to UNOC are subsets or near enough for what is read here) and
     * hands each message's content over once its envelope checked out. Does not close {@code in}.
     *
     * @throws CarrierPayloadException on a malformed interchange
     */
    public void stream(InputStream in, Consumer<Parsed> messages) {
        EdifactSegments segments = new EdifactSegments(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        new IftstaInterchange(code, clock.instant(), messages).read(segments);
    }
}
