package dev.entente.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * entente-bom has no parent (so that it pins nothing of Entente's own build in a user's project), which means its
 * versions and metadata are a copy of the root pom's: these tests keep the copy true.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BomTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    @Test
    void the_bom_lists_every_published_module() throws Exception {
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        List<String> managed = texts(bom, "/project/dependencyManagement/dependencies/dependency"
                + "[groupId='dev.entente']/artifactId");

        List<String> published = publishedModules();

        assertThat(published).contains("entente-domain", "entente-embedded", "entente-test",
                "entente-spring-boot-starter").doesNotContain("entente-sample-spring-boot");
        assertThat(managed).containsAll(published);
    }

    @Test
    void the_bom_pins_each_library_at_the_version_entente_is_built_with() throws Exception {
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        Document root = read(ROOT.resolve("pom.xml"));
        NodeList properties = (NodeList) XPATH.evaluate("/project/properties/*", bom, XPathConstants.NODESET);

        assertThat(properties.getLength()).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < properties.getLength(); i++) {
            String name = properties.item(i).getNodeName();
            assertThat(text(root, "/project/properties/" + name)).as(name)
                    .isEqualTo(properties.item(i).getTextContent().trim());
        }
        assertThat(text(bom, "/project/version")).isEqualTo(text(root, "/project/version"));
    }

    @Test
    void the_bom_carries_the_same_metadata_as_the_modules() throws Exception {
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        Document root = read(ROOT.resolve("pom.xml"));

        for (String path : List.of("url", "licenses/license/name", "licenses/license/url", "developers/developer/name",
                "scm/connection", "scm/url")) {
            assertThat(text(bom, "/project/" + path)).as(path).isNotBlank().isEqualTo(text(root, "/project/" + path));
        }
    }

    @Test
    void the_new_projects_pom_in_the_testing_guide_takes_the_versions_entente_is_built_with() throws Exception {
        String page = Files.readString(ROOT.resolve("docs/testing.md"));
        int start = page.indexOf("```xml\n<project");
        assertThat(start).as("a whole pom in docs/testing.md").isNotNegative();
        String xml = page.substring(start + "```xml\n".length(), page.indexOf("```", start + 6));
        Document guide = parse(xml);
        Document root = read(ROOT.resolve("pom.xml"));

        assertThat(text(guide, "//dependency[artifactId='entente-bom']/version")).isEqualTo(text(root, "/project/version"));
        assertThat(texts(guide, "/project/dependencies/dependency/artifactId"))
                .contains("entente-embedded", "entente-test", "junit-jupiter", "assertj-core");
        assertThat(text(guide, "//dependency[artifactId='junit-jupiter']/version"))
                .isEqualTo(text(root, "/project/properties/junit.version"));
        assertThat(text(guide, "//dependency[artifactId='assertj-core']/version"))
                .isEqualTo(text(root, "/project/properties/assertj.version"));
        for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin")) {
            assertThat(text(guide, "//plugin[artifactId='" + plugin + "']/version")).as(plugin)
                    .isNotBlank().isEqualTo(text(root, "//pluginManagement//plugin[artifactId='" + plugin + "']/version"));
        }
    }

    /** Every module outside tests/ that builds a jar it publishes (the samples do not), by its artifactId. */
    private static List<String> publishedModules() throws Exception {
        List<String> published = new ArrayList<>();
        try (Stream<Path> poms = Files.walk(ROOT)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !ROOT.relativize(p).startsWith("tests"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .toList()) {
                Document document = read(pom);
                String packaging = text(document, "/project/packaging");
                boolean unpublished = text(document, "/project/properties/maven.deploy.skip").equals("true");
                if ((packaging.isEmpty() || packaging.equals("jar")) && !unpublished) {
                    published.add(text(document, "/project/artifactId"));
                }
            }
        }
        return published;
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        try (var in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new IOException("Cannot read " + pom, e);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }

    private static String text(Document document, String path) throws Exception {
        return XPATH.evaluate(path, document).trim();
    }

    private static List<String> texts(Document document, String path) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(path, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
