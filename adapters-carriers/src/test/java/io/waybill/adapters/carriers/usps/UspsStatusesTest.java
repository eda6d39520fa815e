package io.waybill.adapters.carriers.usps;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.SourceCodeLists;
import io.waybill.adapters.carriers.spi.Unmapped;
import io.waybill.domain.tracking.Milestone;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The USPS table against its sources: every code a source lists maps to a milestone or is listed as not a status,
 * and a real Tracking API v3 response (karrio's test data) loses no scan.
 */
class UspsStatusesTest {

    @Test
    void every_code_the_sources_list_is_mapped_or_deliberately_not_a_status() {
        List<SourceCodeLists.Listed> listed = SourceCodeLists.read("/code-lists/usps-event-codes-in-sources.txt");
        assertThat(listed).hasSizeGreaterThan(60);
        assertThat(listed).allSatisfy(code -> assertThat(
                UspsStatuses.TABLE.lookup(code.code()).isPresent() || UspsStatuses.TABLE.notAStatus(code.code()).isPresent())
                .as("%s lists USPS %s (%s): map it or list it as not a status in usps-event-codes.txt", code.source(), code.code(), code.name())
                .isTrue());
    }

    @Test
    void the_codes_a_wrong_table_once_had_are_as_the_sources_say() {
        // 52-56 were one off, 21-28 were taken for holds: the Web Tools tables say notice-left reasons and return reasons
        assertThat(UspsStatuses.TABLE.lookup("53")).hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo("receptacle blocked"));
        assertThat(UspsStatuses.TABLE.lookup("56")).hasValueSatisfying(e -> assertThat(e.milestone()).isEqualTo(Milestone.DELIVERY_ATTEMPT_FAILED));
        assertThat(UspsStatuses.TABLE.lookup("21")).hasValueSatisfying(e -> assertThat(e.milestone()).isEqualTo(Milestone.RETURNED_TO_SENDER));
        assertThat(UspsStatuses.TABLE.notAStatus("GX")).hasValueSatisfying(why -> assertThat(why).contains("USPS does not have the item"));
    }

    @Test
    void a_real_tracking_response_keeps_every_scan_and_leaves_only_the_label_unmapped() throws IOException {
        byte[] payload;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/carriers/usps-karrio-tracking-response.json")) {
            payload = in.readAllBytes();
        }
        Parsed parsed = new UspsCarrier(UspsCarrierContractTest.CLOCK).parse(payload);

        assertThat(parsed.events()).hasSize(11);
        assertThat(parsed.events()).extracting(e -> e.event().milestone()).containsOnly(Milestone.HANDED_OVER, Milestone.IN_TRANSIT,
                Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED);
        assertThat(parsed.events()).filteredOn(e -> e.event().milestone() == Milestone.IN_TRANSIT).hasSize(8);
        assertThat(parsed.events()).anySatisfy(e -> {
            assertThat(e.event().milestone()).isEqualTo(Milestone.DELIVERED);
            assertThat(e.event().occurredAt()).isEqualTo(OffsetDateTime.parse("2024-11-22T13:58:00-05:00"));
        });
        assertThat(parsed.unmapped()).singleElement().satisfies((Unmapped u) -> {
            assertThat(u.rawCode()).isEqualTo("GX");
            assertThat(u.why()).startsWith("USPS event code GX is not a status: ");
        });
    }
}
