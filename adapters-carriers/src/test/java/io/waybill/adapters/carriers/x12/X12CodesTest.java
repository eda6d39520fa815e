package io.waybill.adapters.carriers.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.SourceCodeLists;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.tracking.Milestone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AT701 table against the 004010 code list of element 1650: every listed code maps to a milestone, is an
 * estimate, or is listed as not a status; and real 214s a carrier sent (EPES, public test data) lose no status.
 */
class X12CodesTest {

    @Test
    void every_004010_shipment_status_code_is_mapped_or_deliberately_not_a_status() {
        List<SourceCodeLists.Listed> listed = SourceCodeLists.read("/code-lists/x12-004010-e1650.txt");
        assertThat(listed).hasSize(43);
        assertThat(listed).allSatisfy(code -> assertThat(
                X12Codes.STATUSES.lookup(code.code()).isPresent() || X12Codes.STATUSES.notAStatus(code.code()).isPresent())
                .as("element 1650 lists %s (%s): map it or list it as not a status in at701-status-codes.txt", code.code(), code.name())
                .isTrue());
    }

    @Test
    void the_estimates_the_reader_takes_as_delivery_estimates_are_not_statuses_in_the_table() {
        assertThat(X12Codes.ESTIMATES).allSatisfy(code -> assertThat(X12Codes.STATUSES.notAStatus(code)).isPresent());
        assertThat(X12Codes.STATUSES.lookup("AM")).hasValueSatisfying(e -> assertThat(e.milestone()).isEqualTo(Milestone.IN_TRANSIT));
    }

    @Test
    void real_carrier_interchanges_give_one_mapped_event_each() throws IOException {
        String[] interchanges;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/x12/epes-214-interchanges.edi")) {
            interchanges = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
        }
        assertThat(interchanges).hasSize(4);
        X12StatusMessages epes = new X12StatusMessages(new CarrierCode("epes"), X12StatusMessagesContractTest.CLOCK);
        for (String interchange : interchanges) {
            Parsed parsed = epes.parse(interchange.getBytes(StandardCharsets.US_ASCII));
            assertThat(parsed.unmapped()).isEmpty();
            assertThat(parsed.events()).singleElement().satisfies(e -> {
                assertThat(e.event().milestone()).isEqualTo(Milestone.OUT_FOR_DELIVERY);
                assertThat(e.event().occurredAt().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
            });
        }
        Parsed first = epes.parse(interchanges[0].getBytes(StandardCharsets.US_ASCII));
        assertThat(first.events().getFirst().event().occurredAt()).isEqualTo(OffsetDateTime.parse("2017-10-20T01:12-04:00"));
        assertThat(first.events().getFirst().carrierTrackingNumber().value()).isEqualTo("4267336");
    }
}
