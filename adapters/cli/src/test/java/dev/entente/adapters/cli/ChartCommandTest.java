package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.analysis.RelationshipChart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.w3c.dom.Document;

/**
 * {@code entente chart} on the reference chronicle, opened in a real headless browser (Debian's {@code chromium},
 * which .ci/run installs): the page's DOM holds the title and every legend entry, and its screenshot is a picture,
 * not a blank page.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChartCommandTest {

    private static final String TITLE = "Azerbaijan–Pakistan (AZ-PK)";

    @TempDir
    static Path shared;
    private static String store;

    @BeforeAll
    static void applyTheReference() {
        store = shared.resolve("store").toString();
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", store);
    }

    /** Runs headless chromium on {@code args} and returns what it printed on standard output. */
    private static String chromium(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + workDir.resolve("profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(workDir.resolve("chromium.err").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(process.exitValue()).as("chromium's exit code; its stderr: %s",
                Files.readString(workDir.resolve("chromium.err"))).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void the_html_chart_renders_in_a_browser_with_its_title_and_legend() throws Exception {
        Path page = shared.resolve("reference.html");
        Cli.Result result = Cli.ok("chart", "AZ", "PK", "-o", page.toString(), "--store", store);
        assertThat(result.err()).contains("Wrote the chart of " + TITLE);

        String dom = chromium(shared, "--dump-dom", page.toUri().toString());
        assertThat(dom).contains("<title>" + TITLE + "</title>").contains(">" + TITLE + "</text>");
        for (String entry : RelationshipChart.LEGEND) {
            assertThat(dom).contains("class=\"legend-item\"").contains(">" + entry + "</text>");
        }
        assertThat(dom).contains(">2024-07-08</text>").contains(">2024-07-15</text>");

        Path screenshot = shared.resolve("reference.png");
        chromium(shared, "--window-size=1140,600", "--screenshot=" + screenshot, page.toUri().toString());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(screenshot)));
        assertThat(image.getWidth()).isEqualTo(1140);
        int inked = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        // Not blank: the bars, the visit's span and the text cover a good part of the page, in the legend's colours.
        assertThat(inked).isGreaterThan(image.getWidth() * image.getHeight() / 50);
        assertThat(colours).contains(0x4C78A8, 0xF58518, 0x54A24B, 0xB279A2, 0x72B7B2);
    }

    @Test
    void the_svg_chart_is_well_formed_svg_with_a_mark_per_kind_of_fact() throws Exception {
        Path file = shared.resolve("reference.svg");
        Cli.ok("chart", "AZ", "PK", "--from", "2024-07-01", "--to", "2024-07-31", "-o", file.toString(),
                "--store", store);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        String text = Files.readString(file);
        assertThat(text).contains("<title>Ilham Aliyev (head of state, AZ) in Pakistan, state visit, 2024-07-11 to 2024-07-12</title>")
                .contains("2024-07-11, signed: ").contains("2024-07-13: Pakistan supports Azerbaijan on Karabakh")
                .contains("strategic partnership (reaffirmed 2024-07-12)")
                .contains("2024-07-11: 26 coded events, Goldstein sum 187.9");
    }

    @Test
    void a_chart_to_a_date_draws_only_what_was_dated_by_then() throws Exception {
        Path file = shared.resolve("first-day.svg");
        Cli.ok("chart", "AZ", "PK", "--from", "2024-07-01", "--to", "2024-07-11", "-o", file.toString(),
                "--store", store);
        String text = Files.readString(file);
        assertThat(text).contains("2024-07-11, signed: ").contains("2024-07-01 to 2024-07-11")
                .doesNotContain("supports").doesNotContain("reaffirmed").doesNotContain("to 2024-07-12</title>")
                .contains("no partnership level on record");
    }

    @Test
    void a_file_that_is_neither_svg_nor_html_or_a_pair_without_history_is_bad_input() {
        Path png = shared.resolve("chart.png");
        Cli.Result wrongKind = Cli.run("chart", "AZ", "PK", "-o", png.toString(), "--store", store);
        assertThat(wrongKind.exitCode()).isEqualTo(2);
        assertThat(wrongKind.err()).contains(".svg or .html");
        assertThat(png).doesNotExist();
        Path empty = shared.resolve("az-de.svg");
        Cli.Result nothing = Cli.run("chart", "AZ", "DE", "-o", empty.toString(), "--store", store);
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("chart.nothing-to-draw");
        assertThat(empty).doesNotExist();
    }
}
