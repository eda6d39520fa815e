package io.waybill.adapters.carriers.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XML reader's contract: what it hands over, and everything it refuses, with where. */
class CarrierXmlTest {

    private static byte[] xml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void handsOverTheAskedElementsWholeByNamespaceAwarePathsAndSkipsTheRest() {
        List<CarrierXml.Element> events = new ArrayList<>();
        List<String> begins = new ArrayList<>();
        CarrierXml.of("Test").root("urn:t", "doc").begin("doc/item", begins::add).on("doc/item/event", events::add).read(xml("""
                <?xml version="1.0"?>
                <t:doc xmlns:t="urn:t"><skipped><event>not this one</event></skipped>
                  <item><event code="x"><code>A &amp; B</code><![CDATA[<raw>]]></event></item>
                  <!-- a comment --><item><event><code>&#67;</code></event></item>
                </t:doc>"""));

        assertThat(events).extracting(e -> e.text("code")).containsExactly("A & B", "C");
        assertThat(events.getFirst().text()).contains("<raw>");
        assertThat(events.getFirst().namespace()).isEmpty();
        assertThat(events.getFirst().where()).as("where its start tag ends").isEqualTo("line 3, column 25");
        assertThat(begins).hasSize(2).allSatisfy(where -> assertThat(where).matches("line [34], column \\d+"));
    }

    @Test
    void refusesADoctypeNamingIt() {
        assertThatThrownBy(() -> CarrierXml.of("Test").read(xml("""
                <?xml version="1.0"?>
                <!DOCTYPE doc [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <doc>&xxe;</doc>"""))).isInstanceOf(CarrierPayloadException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAnEntityExpansionBomb() {
        assertThatThrownBy(() -> CarrierXml.of("Test").read(xml("""
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <lolz>&lol2;</lolz>"""))).isInstanceOf(CarrierPayloadException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAnUndeclaredEntity() {
        assertThatThrownBy(() -> CarrierXml.of("Test").on("doc", e -> { }).read(xml("<doc>&nbsp;</doc>")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("nbsp");
    }

    @Test
    void saysWhereXmlIsNotWellFormed() {
        assertThatThrownBy(() -> CarrierXml.of("Test").read(xml("<doc>\n  <a></b>\n</doc>")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageStartingWith("Test payload is not well-formed XML at line 2, column")
                .hasMessageNotContaining("ParseError");
    }

    @Test
    void refusesEmptyGarbageAndTheWrongDocument() {
        assertThatThrownBy(() -> CarrierXml.of("Test").read(new byte[0])).hasMessage("Test payload is empty");
        assertThatThrownBy(() -> CarrierXml.of("Test").read(xml("{\"json\": true}"))).isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> CarrierXml.of("Test").root("urn:t", "doc").read(xml("<doc/>"))).isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("document element {}doc at line 1").hasMessageContaining("{urn:t}doc");
    }

    @Test
    void limitsDepthTextAndTheSizeOfAnElementHandedOver() {
        String deep = "<a>".repeat(CarrierXml.MAX_DEPTH + 1) + "</a>".repeat(CarrierXml.MAX_DEPTH + 1);
        assertThatThrownBy(() -> CarrierXml.of("Test").read(xml(deep))).hasMessageContaining("deeper than 64");
        assertThatThrownBy(() -> CarrierXml.of("Test").on("a", e -> { }).read(xml(deep))).hasMessageContaining("deeper than 64");

        String longText = "<doc><a>" + "x".repeat(CarrierXml.MAX_TEXT + 1) + "</a></doc>";
        assertThatThrownBy(() -> CarrierXml.of("Test").read(xml(longText))).hasMessageContaining("more than 65536 characters");
        assertThatThrownBy(() -> CarrierXml.of("Test").on("doc/a", e -> { }).read(xml(longText))).hasMessageContaining("more than 65536 characters");

        String wide = "<doc><a>" + "<b/>".repeat(CarrierXml.MAX_ELEMENT_NODES) + "</a></doc>";
        assertThatThrownBy(() -> CarrierXml.of("Test").on("doc/a", e -> { }).read(xml(wide))).hasMessageContaining("more than 10000 elements");
        CarrierXml.of("Test").read(xml(wide)); // skipped, so not limited
    }

    @Test
    void tellsXmlFromJson() {
        assertThat(CarrierXml.looksLikeXml(xml("\uFEFF  \n<doc/>"))).isTrue();
        assertThat(CarrierXml.looksLikeXml(xml(" {\"a\": 1}"))).isFalse();
        assertThat(CarrierXml.looksLikeXml(new byte[0])).isFalse();
    }
}
