package io.waybill.domain.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"Berlin", "Frankfurt am Main", "Halle (Saale)", "St. Gallen", "Saint-Martin-d'Hères", "L’Aquila",
            "München", "São Paulo", "Kraków", "İstanbul", "東京", "Москва", "Stoke-on-Trent", "LEIPZIG", "Bad Homburg vor der Höhe"})
    void realPlaceNamesAreShown(String city) {
        assertThat(PlaceName.vetted(city)).map(PlaceName::value).contains(city);
    }

    @Test
    void theCarrierFreeTextOfTheIssueIsDropped() {
        assertThat(PlaceName.vetted("Left with Jane Doe, 12 Analytical Way, +49 170 1234567")).isEmpty();
        assertThat(PlaceName.vetted("<img src=x onerror=alert(1)>")).isEmpty();
        assertThat(PlaceName.vetted("<img onerror>")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "+49 170 1234567", "0170 1234567", "jane.doe@example.org", "10115 Berlin", "12 Analytical Way", "Analytical Way",
            "Hauptstraße", "Leopoldstr", "Baker Street", "Left with neighbour", "Signed by Smith", "Frau Meier", "Mr Smith",
            "Berlin <b>", "Berlin & Co", "a=b", "https://evil.example", "Berlin\u0000", "Berlin\nMitte", "-Berlin", "' or 1=1 --",
            "one two three four five six seven"})
    void textThatIsNoPlaceNameIsDropped(String text) {
        assertThat(PlaceName.vetted(text)).as(text).isEmpty();
    }

    @Test
    void tooLongIsDroppedNotCut() {
        assertThat(PlaceName.vetted("A".repeat(PlaceName.MAX_LENGTH))).isPresent();
        assertThat(PlaceName.vetted("A".repeat(PlaceName.MAX_LENGTH + 1))).isEmpty();
    }

    @Test
    void isTrimmedAndNormalizedAndAbsentTextIsNoName() {
        assertThat(PlaceName.vetted("  Köln ")).map(PlaceName::value).contains("Köln");
        assertThat(PlaceName.vetted("Ko\u0308ln")).map(PlaceName::value).as("decomposed umlaut composed").contains("Köln");
        assertThat(PlaceName.vetted(null)).isEmpty();
        assertThat(PlaceName.vetted("  ")).isEmpty();
    }

    @Test
    void constructingOneFromBadTextFailsNamingTheRule() {
        assertThatThrownBy(() -> new PlaceName("12 Analytical Way")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("placeName:");
        assertThatThrownBy(() -> new PlaceName("Analytical Way")).hasMessageContaining("street address");
    }
}
