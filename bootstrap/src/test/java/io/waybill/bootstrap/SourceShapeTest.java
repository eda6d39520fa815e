package io.waybill.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the production sources, kept so: classes a reader can hold in mind (at most 300 lines), methods that
 * fit a screen (at most 60), and imports instead of fully qualified names written inline. Reads the sources of every
 * module beside this one; a plain scan, since the code follows one format (four-space indents, braces at line end).
 */
class SourceShapeTest {

    static final int LONGEST_CLASS = 300;
    static final int LONGEST_METHOD = 60;

    /**
     * Classes that were over the limit before the limit was set and that no change since has touched; each is to be
     * split the next time it changes (and then removed from here).
     */
    static final Set<String> OVER_LIMIT_BEFORE = Set.of(
            "SimulatedWarehouse.java", "X12Interchange.java", "JourneyPlanner.java",
            "RoyalMailCarrier.java", "UspsCarrier.java");

    private static final Pattern METHOD_START = Pattern.compile(
            "^( +)(?!if\\b|for\\b|while\\b|switch\\b|try\\b|catch\\b|else\\b|do\\b|synchronized\\b|return\\b|new\\b)"
                    + "[\\w<>\\[\\],.? @]+\\s+\\w+\\([^;]*\\)\\s*(throws [\\w., ]+)?\\{$");
    private static final Pattern INLINE_QUALIFIED = Pattern.compile(
            "(?<![\\w.\"/])(?:java|javax|jakarta|io|org|com)\\.(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*");

    static List<Path> productionSources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> sources = new ArrayList<>();
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsTheSourcesOfEveryModule() {
        assertThat(productionSources()).extracting(p -> p.getFileName().toString())
                .contains("Order.java", "OrdersResource.java", "UpsCarrier.java", "WaybillMain.java");
    }

    @Test
    void classesStayShort() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : productionSources()) {
            int length = lines(file).size();
            if (length > LONGEST_CLASS && !OVER_LIMIT_BEFORE.contains(file.getFileName().toString())) {
                tooLong.add(file.getFileName() + " (" + length + " lines)");
            }
        }
        assertThat(tooLong).as("classes over %d lines", LONGEST_CLASS).isEmpty();
    }

    @Test
    void methodsStayShort() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : productionSources()) {
            tooLong.addAll(longMethods(file.getFileName().toString(), lines(file)));
        }
        assertThat(tooLong).as("methods over %d lines", LONGEST_METHOD).isEmpty();
    }

    /** Finds methods longer than the limit: a signature line ending in "{" up to the "}" at its own indentation. */
    static List<String> longMethods(String name, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = METHOD_START.matcher(lines.get(i));
            if (!start.matches() || lines.get(i).contains(" class ") || lines.get(i).contains(" record ")) {
                continue;
            }
            String end = start.group(1) + "}";
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(j).equals(end)) {
                    if (j - i + 1 > LONGEST_METHOD) {
                        found.add(name + ":" + (i + 1) + " (" + (j - i + 1) + " lines)");
                    }
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void theScanFindsALongMethod() {
        List<String> method = new ArrayList<>(List.of("    void long() {"));
        for (int i = 0; i < LONGEST_METHOD; i++) {
            method.add("        step();");
        }
        method.add("    }");
        assertThat(longMethods("Fixture.java", method)).containsExactly("Fixture.java:1 (62 lines)");
        assertThat(longMethods("Fixture.java", method.subList(2, method.size()))).isEmpty();
    }

    @Test
    void typesAreImportedNotQualifiedInline() {
        List<String> inline = new ArrayList<>();
        for (Path file : productionSources()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*") || line.startsWith("//")
                        || line.startsWith("/*")) {
                    continue;
                }
                Matcher m = INLINE_QUALIFIED.matcher(line);
                if (m.find()) {
                    inline.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
                }
            }
        }
        assertThat(inline).as("fully qualified names written inline (import them)").isEmpty();
    }

    @Test
    void theScanFindsAnInlineName() {
        assertThat(INLINE_QUALIFIED.matcher("    private java.util.Map<String, X> m;").find()).isTrue();
        assertThat(INLINE_QUALIFIED.matcher("    String s = \"io.waybill.Foo\";").find()).isFalse();
    }
}
