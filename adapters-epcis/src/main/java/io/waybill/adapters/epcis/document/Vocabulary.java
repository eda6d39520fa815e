package io.waybill.adapters.epcis.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The GS1 standard vocabularies an EPCIS event names by a bare word in JSON ({@code shipping}, {@code in_transit},
 * {@code po}, {@code Temperature}) and their web URIs. The bare words are the enumerations of the GS1 JSON schema this
 * module ships, so the list cannot drift from the schema events are validated against.
 */
enum Vocabulary {
    BIZ_STEP("bizStep", "https://ref.gs1.org/cbv/BizStep-", "urn:epcglobal:cbv:bizstep:"),
    DISPOSITION("disposition", "https://ref.gs1.org/cbv/Disp-", "urn:epcglobal:cbv:disp:"),
    BIZ_TRANSACTION_TYPE("bizTransaction-type", "https://ref.gs1.org/cbv/BTT-", "urn:epcglobal:cbv:btt:"),
    SOURCE_DESTINATION_TYPE("source-dest-type", "https://ref.gs1.org/cbv/SDT-", "urn:epcglobal:cbv:sdt:"),
    ERROR_REASON("error-reason", "https://ref.gs1.org/cbv/ER-", "urn:epcglobal:cbv:er:"),
    COMPONENT("component", "https://ref.gs1.org/cbv/Comp-", null),
    MEASUREMENT_TYPE("measurementType", "https://gs1.org/voc/", null),
    SENSOR_ALERT_TYPE("sensorAlertType", "https://gs1.org/voc/", null);

    static final String SCHEMA = "/epcis/schema/EPCIS-JSON-Schema.json";

    private final String definition;
    private final String webPrefix;
    private final String urnPrefix;

    Vocabulary(String definition, String webPrefix, String urnPrefix) {
        this.definition = definition;
        this.webPrefix = webPrefix;
        this.urnPrefix = urnPrefix;
    }

    /** The web URI of a bare standard term; any other value (a URI, a user term) unchanged. */
    String expand(String value) {
        return Terms.ALL.get(this).contains(value) ? webPrefix + value : value;
    }

    /** The bare term of a value given bare, as a CBV URN or as a web URI; the value itself when it is none of these. */
    String bare(String value) {
        if (value == null) {
            return null;
        }
        if (value.startsWith(webPrefix)) {
            return value.substring(webPrefix.length());
        }
        if (urnPrefix != null && value.startsWith(urnPrefix)) {
            return value.substring(urnPrefix.length());
        }
        String curie = webPrefix.replace("https://ref.gs1.org/cbv/", "cbv:").replace("https://gs1.org/voc/", "gs1:");
        return value.startsWith(curie) ? value.substring(curie.length()) : value;
    }

    /** Old-style CBV URNs ({@code urn:epcglobal:cbv:bizstep:...} and the like) rewritten as CBV 2.0 web URIs. */
    static String webUri(String value) {
        for (Vocabulary vocabulary : values()) {
            if (vocabulary.urnPrefix != null && value.startsWith(vocabulary.urnPrefix)) {
                return vocabulary.webPrefix + value.substring(vocabulary.urnPrefix.length());
            }
        }
        return value;
    }

    /** The vocabulary of a field of an event, given the name of the object holding it; empty for free-form fields. */
    static Optional<Vocabulary> of(String parent, String field) {
        return Optional.ofNullable(switch (field) {
            case "bizStep" -> BIZ_STEP;
            case "disposition" -> DISPOSITION;
            case "set", "unset" -> "persistentDisposition".equals(parent) ? DISPOSITION : null;
            case "type" -> switch (parent == null ? "" : parent) {
                case "bizTransactionList" -> BIZ_TRANSACTION_TYPE;
                case "sourceList", "destinationList" -> SOURCE_DESTINATION_TYPE;
                case "sensorReport" -> MEASUREMENT_TYPE;
                default -> null;
            };
            case "exception" -> "sensorReport".equals(parent) ? SENSOR_ALERT_TYPE : null;
            case "component" -> "sensorReport".equals(parent) ? COMPONENT : null;
            case "reason" -> "errorDeclaration".equals(parent) ? ERROR_REASON : null;
            default -> null;
        });
    }

    /** Loaded once, on first use, from the schema's enumerations. */
    private static final class Terms {
        static final Map<Vocabulary, Set<String>> ALL = load();

        private static Map<Vocabulary, Set<String>> load() {
            try (InputStream in = Vocabulary.class.getResourceAsStream(SCHEMA)) {
                JsonNode definitions = new ObjectMapper().readTree(in).path("definitions");
                Map<Vocabulary, Set<String>> terms = new EnumMap<>(Vocabulary.class);
                for (Vocabulary vocabulary : values()) {
                    Set<String> words = new HashSet<>();
                    for (JsonNode option : definitions.path(vocabulary.definition).path("anyOf")) {
                        option.path("enum").forEach(word -> words.add(word.asText()));
                    }
                    terms.put(vocabulary, Set.copyOf(words));
                }
                return terms;
            } catch (IOException e) {
                throw new UncheckedIOException("the EPCIS schema is missing from the class path", e);
            }
        }
    }
}
