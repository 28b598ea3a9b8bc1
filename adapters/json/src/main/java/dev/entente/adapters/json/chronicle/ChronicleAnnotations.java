package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.Annotations;
import java.util.List;

/**
 * The {@code note} and {@code alternatives} members of a command object, read beside the command (whose own fields
 * are read by its record and ignored here). An alternative cites sources as a command does: declared ids or objects.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChronicleAnnotations(String note, List<Alternative> alternatives) {

    /** The members of a command object that are annotations, not fields of the command. */
    static final List<String> MEMBERS = List.of("note", "alternatives");

    Annotations annotations() {
        return Annotations.of(note, alternatives);
    }
}
