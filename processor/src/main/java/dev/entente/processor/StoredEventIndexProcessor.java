package dev.entente.processor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes {@value #INDEX} beside the compiled classes: one line per type annotated {@code @StoredEvent} in the
 * compilation, {@code name TAB revision TAB binary class name}, sorted by name. A question reads stored events by
 * name; with this index it needs neither the aggregate registry nor an annotation read (whose first use generates a
 * proxy class at run time), ADR 0033. A stored name given to two types is a compile error, as it is at run time.
 */
public final class StoredEventIndexProcessor extends AbstractProcessor {

    /** Where the index is written, relative to the class output. */
    public static final String INDEX = "META-INF/entente/stored-events";

    static final String ANNOTATION = "dev.entente.domain.shared.StoredEvent";

    private final Map<String, String> lines = new TreeMap<>();
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ANNOTATION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                index(element);
            }
        }
        if (round.processingOver() && !written && !lines.isEmpty()) {
            write();
        }
        // Not claimed: other processors may read the annotation too.
        return false;
    }

    private void index(Element element) {
        if (!(element instanceof TypeElement type)) {
            return;
        }
        AnnotationMirror stored = null;
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(ANNOTATION)) {
                stored = mirror;
            }
        }
        if (stored == null) {
            return;
        }
        String name = null;
        String revision = null;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
                : processingEnv.getElementUtils().getElementValuesWithDefaults(stored).entrySet()) {
            String member = value.getKey().getSimpleName().toString();
            if (member.equals("name")) {
                name = String.valueOf(value.getValue().getValue());
            } else if (member.equals("revision")) {
                revision = String.valueOf(value.getValue().getValue());
            }
        }
        if (name == null || revision == null || name.isBlank() || containsSeparator(name)
                || containsSeparator(revision)) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "@StoredEvent needs a name and a revision without tabs or line breaks", type, stored);
            return;
        }
        String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
        String line = name + '\t' + revision + '\t' + binaryName;
        String before = lines.putIfAbsent(name, line);
        if (before != null && !before.equals(line)) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "The stored name '" + name
                    + "' is taken twice: by " + before.substring(before.lastIndexOf('\t') + 1) + " and by "
                    + binaryName, type, stored);
        }
    }

    private static boolean containsSeparator(String text) {
        return text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    private void write() {
        written = true;
        try (Writer out = new java.io.OutputStreamWriter(processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", INDEX).openOutputStream(), StandardCharsets.UTF_8)) {
            for (String line : lines.values()) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException failed) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Could not write " + INDEX + ": " + failed.getMessage());
        }
    }
}
