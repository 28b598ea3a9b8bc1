package dev.entente.adapters.json.chronicle;

import dev.entente.domain.shared.Source;
import java.net.URI;
import java.time.LocalDate;

/** A source written out in a command's {@code sources} instead of cited by id. */
record InlineSource(String title, String publisher, LocalDate published, URI url) {

    InlineSource {
        // Built here so that a bad source is refused, with its location, while the command is read.
        new Source(title, publisher, published, url);
    }

    Source source() {
        return new Source(title, publisher, published, url);
    }
}
