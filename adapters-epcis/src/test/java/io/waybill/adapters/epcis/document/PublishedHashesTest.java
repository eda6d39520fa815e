package io.waybill.adapters.epcis.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON-LD example of the reference generator (tests/examples of RalphTro/epcis-event-hash-generator) against
 * the hashes published beside it, one test per example document. See epcis/SOURCES.md.
 */
class PublishedHashesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The examples' convention for fields a repository adds: a list under this namespace, left out of the hash. */
    private static final String REPOSITORY_X = "https://repository-x.example.com/";

    static Stream<String> examples() throws IOException, URISyntaxException {
        Path folder = Path.of(PublishedHashesTest.class.getResource("/epcis/hash").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsonld"))
                    .map(n -> n.substring(0, n.length() - ".jsonld".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void hashesAsPublished(String example) throws IOException {
        JsonNode document = JSON.readTree(resource(example + ".jsonld"));
        EventHash.Context context = EventHash.Context.of(document.get("@context")).ignoring(ignoredFields(document));
        List<String> preHashes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (JsonNode event : events(document)) {
            preHashes.add(EventHash.preHash(event, context));
            hashes.add(EventHash.of(event, context));
        }
        List<String> expected = lines(example + ".hashes");
        assertThat(hashes).as("hashes of %s; our pre-hash strings:%n%s%npublished pre-hash strings:%n%s", example,
                String.join("\n", preHashes), String.join("\n", lines(example + ".prehashes"))).isEqualTo(expected);
    }

    static List<JsonNode> events(JsonNode document) {
        JsonNode body = document.path("epcisBody");
        JsonNode list = body.has("queryResults") ? body.path("queryResults").path("resultsBody").path("eventList")
                : body.path("eventList");
        List<JsonNode> events = new ArrayList<>();
        list.forEach(events::add);
        if (body.has("event")) {
            events.add(body.get("event"));
        }
        return events;
    }

    private static Set<String> ignoredFields(JsonNode document) {
        Map<String, String> namespaces = EventHash.Context.of(document.get("@context")).namespaces();
        Set<String> ignored = new HashSet<>();
        namespaces.forEach((prefix, uri) -> {
            if (uri.equals(REPOSITORY_X)) {
                String key = prefix + ":ignoreFields";
                document.path(key).forEach(f -> ignored.add(f.asText()));
                document.path("epcisBody").path("queryResults").path(key).forEach(f -> ignored.add(f.asText()));
            }
        });
        return ignored;
    }

    private static InputStream resource(String name) {
        return PublishedHashesTest.class.getResourceAsStream("/epcis/hash/" + name);
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
