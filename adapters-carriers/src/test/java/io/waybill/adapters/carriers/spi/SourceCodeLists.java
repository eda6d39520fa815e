package io.waybill.adapters.carriers.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test data: the code lists as the published sources give them, {@code source|code|name} per line. */
public final class SourceCodeLists {

    /** One code as one source lists it. */
    public record Listed(String source, String code, String name) {
    }

    private SourceCodeLists() {
    }

    public static List<Listed> read(String resource) {
        List<Listed> listed = new ArrayList<>();
        try (InputStream in = SourceCodeLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\|", 3);
                listed.add(new Listed(columns[0], columns[1], columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return listed;
    }
}
