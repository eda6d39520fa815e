package io.waybill.adapters.epcis.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EpcisValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EpcisValidator VALIDATOR = new EpcisValidator();

    @ParameterizedTest
    @ValueSource(strings = {"Example_9.6.1-ObjectEvent.jsonld", "Example_9.6.2-ObjectEvent.jsonld",
            "Example_9.6.3-AggregationEvent.jsonld", "Example_9.6.4-TransformationEvent.jsonld",
            "Example-TransactionEvents-2020_07_03y.jsonld", "AssociationEvent-a.jsonld", "SensorDataExample1.jsonld",
            "SensorDataExample9.jsonld", "ErrorDeclarationAndCorrectiveEvent.jsonld",
            "Example_9.6.1-ObjectEvent-with-error-declaration.jsonld", "PersistentDisposition-example.jsonld",
            "Example_9.6.1-ObjectEventWithDigitalLink.jsonld"})
    void theGs1ExamplesAreValid(String example) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/epcis/gs1/" + example)) {
            assertThat(VALIDATOR.validate(in)).isEmpty();
        }
    }

    @Test
    void aSingleEventIsValidatedOnItsOwnWithTheContextThatMakesItJsonLd() throws IOException {
        ObjectNode event = firstEvent();
        assertThat(VALIDATOR.validate(event.toString())).extracting(EpcisValidator.Problem::pointer).containsExactly("/@context");
        event.set("@context", document().get("@context"));
        assertThat(VALIDATOR.validate(event.toString())).isEmpty();
        event.put("action", "SHRED");
        assertThat(VALIDATOR.validate(event.toString())).singleElement().hasToString(
                "/action: does not have a value in the enumeration [\"OBSERVE\", \"ADD\", \"DELETE\"]");
    }

    @Test
    void aMissingEventTimeIsNamed() throws IOException {
        ObjectNode document = document();
        event(document).remove("eventTime");
        assertThat(VALIDATOR.validate(document.toString())).extracting(EpcisValidator.Problem::pointer)
                .contains("/epcisBody/eventList/0/eventTime");
    }

    @Test
    void anUnknownActionIsNamed() throws IOException {
        ObjectNode document = document();
        event(document).put("action", "SHRED");
        List<EpcisValidator.Problem> problems = VALIDATOR.validate(document.toString());
        assertThat(problems).extracting(EpcisValidator.Problem::pointer).contains("/epcisBody/eventList/0/action");
        assertThat(problems.toString()).contains("action");
    }

    @Test
    void aBadTypeIsNamed() throws IOException {
        ObjectNode document = document();
        event(document).put("type", "ShipmentEvent");
        List<EpcisValidator.Problem> problems = VALIDATOR.validate(document.toString());
        assertThat(problems).isNotEmpty();
        assertThat(problems).extracting(EpcisValidator.Problem::pointer).anyMatch(p -> p.startsWith("/epcisBody/eventList/0"));
        assertThat(problems.toString()).contains("type");
    }

    @Test
    void aTimeWithoutOffsetIsAProblem() throws IOException {
        ObjectNode document = document();
        event(document).put("eventTime", "2005-04-03T20:33:31.116");
        assertThat(VALIDATOR.validate(document.toString())).extracting(EpcisValidator.Problem::pointer)
                .contains("/epcisBody/eventList/0/eventTime");
    }

    @Test
    void problemsReadAsPointerAndMessage() {
        assertThat(new EpcisValidator.Problem("/a/b", "is wrong")).hasToString("/a/b: is wrong");
    }

    private static ObjectNode document() throws IOException {
        try (InputStream in = EpcisValidatorTest.class.getResourceAsStream("/epcis/gs1/Example_9.6.1-ObjectEvent.jsonld")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static ObjectNode event(ObjectNode document) {
        return (ObjectNode) document.path("epcisBody").path("eventList").get(0);
    }

    private static ObjectNode firstEvent() throws IOException {
        return event(document());
    }
}
