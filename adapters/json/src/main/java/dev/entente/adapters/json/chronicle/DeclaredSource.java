package dev.entente.adapters.json.chronicle;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.net.URI;
import java.time.LocalDate;

/** A source declared once with an id, in the document's {@code sources} or on a JSON Lines {@code Source} line. */
record DeclaredSource(String id, String title, String publisher, LocalDate published, URI url) {

    DeclaredSource {
        id = Values.text(id, "source id");
        // Built here so that a bad source is refused, with its location, while the declaration is read.
        new Source(title, publisher, published, url);
    }

    Source source() {
        return new Source(title, publisher, published, url);
    }
}
