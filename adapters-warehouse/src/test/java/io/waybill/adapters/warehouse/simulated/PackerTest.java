package io.waybill.adapters.warehouse.simulated;

import static io.waybill.adapters.warehouse.simulated.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.Parcel;
import io.waybill.domain.order.ServiceLevel;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PackerTest {

    private static final List<OrderLine> FIVE_LINES = List.of(line("A-1", 1), line("B-2", 2), line("C-3", 3), line("D-4", 4),
            line("E-5", 5));

    @Test
    void keepsOneOrTwoLinesTogetherAndSplitsMoreInTwoHalves() {
        assertThat(Packer.split(FIVE_LINES.subList(0, 1))).containsExactly(FIVE_LINES.subList(0, 1));
        assertThat(Packer.split(FIVE_LINES.subList(0, 2))).containsExactly(FIVE_LINES.subList(0, 2));
        assertThat(Packer.split(FIVE_LINES.subList(0, 3))).containsExactly(FIVE_LINES.subList(0, 2), FIVE_LINES.subList(2, 3));
        assertThat(Packer.split(FIVE_LINES)).containsExactly(FIVE_LINES.subList(0, 3), FIVE_LINES.subList(3, 5));
    }

    @Test
    void booksAboutOneShipmentInFiveExpressAndTheRestStandard() {
        Packer packer = new Packer(List.of(new CarrierCode("sim")), Clock.systemUTC());
        SplittableRandom random = new SplittableRandom(11);
        List<PackingManifest> packed = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            packed.addAll(packer.pack(FIVE_LINES.subList(0, 1), random));
        }

        assertThat(packed).extracting(PackingManifest::service).containsOnly(ServiceLevel.STANDARD, ServiceLevel.EXPRESS);
        assertThat(packed.stream().filter(m -> m.service().equals(ServiceLevel.EXPRESS)).count()).isBetween(150L, 250L);
    }

    @Test
    void labelsParcelsWithValidSsccsAndTagsSomeWithAnRfidEpc() {
        Packer packer = new Packer(List.of(new CarrierCode("sim")), Clock.systemUTC());
        SplittableRandom random = new SplittableRandom(3);
        List<Parcel> parcels = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            packer.pack(FIVE_LINES, random).forEach(m -> parcels.addAll(m.parcels()));
        }

        assertThat(parcels).allSatisfy(parcel -> {
            String sscc = parcel.barcode().substring(2);
            assertThat(sscc).hasSize(18);
            assertThat(Packer.gs1CheckDigit(sscc.substring(0, 17))).isEqualTo(sscc.charAt(17) - '0');
        });
        assertThat(parcels).filteredOn(parcel -> parcel.epc() != null).isNotEmpty()
                .allSatisfy(parcel -> assertThat(parcel.epc()).matches("urn:epc:id:sgtin:4012345\\.0\\d{5}\\.\\d+"));
        assertThat(parcels).filteredOn(parcel -> parcel.epc() == null).isNotEmpty();
    }

    @Test
    void computesTheGs1CheckDigit() {
        // the SSCC of GS1's General Specifications example: 3 7610425 002123456 9
        assertThat(Packer.gs1CheckDigit("37610425002123456")).isEqualTo(9);
        assertThat(Packer.sscc(123456)).isEqualTo("00" + "34012345000123456" + Packer.gs1CheckDigit("34012345000123456"));
    }

    @Test
    void handsOutUniqueTrackingNumbersAcrossWarehouses() {
        Clock clock = Clock.systemUTC();
        Packer one = new Packer(List.of(new CarrierCode("sim")), clock);
        Packer other = new Packer(List.of(new CarrierCode("sim")), clock);
        SplittableRandom random = new SplittableRandom(5);
        Set<CarrierTrackingNumber> numbers = new HashSet<>();
        int issued = 0;
        for (int i = 0; i < 5_000; i++) {
            for (PackingManifest m : (i % 2 == 0 ? one : other).pack(FIVE_LINES.subList(0, 1), random)) {
                numbers.add(m.carrierTrackingNumber());
                issued++;
            }
        }

        assertThat(numbers).hasSize(issued).allSatisfy(n -> assertThat(n.value()).matches("SIM\\d{12}"));
    }
}
