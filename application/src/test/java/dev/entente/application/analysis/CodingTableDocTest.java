package dev.entente.application.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.shared.StoredEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** docs/analysis.md shows the coding table as the code has it, row for row. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CodingTableDocTest {

    private static final Path DOC = Path.of("..", "docs", "analysis.md");

    @Test
    void the_documented_coding_table_is_the_coding_table() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String table = doc.substring(doc.indexOf("<!-- coding-table -->"), doc.indexOf("<!-- /coding-table -->"));
        List<String> documented = table.lines().filter(line -> line.startsWith("| `"))
                .map(line -> String.join(" | ", Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                        .map(String::strip).toList()).strip())
                .toList();
        List<String> expected = new ArrayList<>();
        for (CodingTable.Row row : CodingTable.rows()) {
            String name = "`" + storedName(row.eventType()) + "`" + (row.derived() ? " (derived)" : "");
            if (!row.coded()) {
                expected.add(name + " | — | " + row.uncodedBecause() + " |  |  |  | ");
                continue;
            }
            for (CodingTable.CodedAs as : row.codes()) {
                CameoCode code = as.code();
                expected.add(name + " | " + code.eventCode() + " | " + code.label() + " | "
                        + String.format(Locale.ROOT, "%.1f", code.goldstein()) + " | " + code.quadClass() + " | "
                        + code.plover() + " | " + as.direction().label());
            }
        }
        assertThat(documented).containsExactlyElementsOf(expected.stream().map(String::strip).toList());
    }

    private static String storedName(Class<?> type) {
        return type.getAnnotation(StoredEvent.class).name();
    }
}
