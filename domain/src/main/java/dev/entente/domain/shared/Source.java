package dev.entente.domain.shared;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/** Where a fact comes from: a title, its publisher, the date it was published and, optionally, an address. */
public record Source(String title, String publisher, LocalDate published, URI url) {

    public Source {
        title = Values.text(title, "source title");
        publisher = Values.text(publisher, "publisher of source '" + title + "'");
        Values.required(published, "publication date of source '" + title + "'");
        if (url != null && (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())))) {
            throw new InvalidValue("source.url-not-http", "the address of source '" + title + "' must be an absolute http(s) URL, got " + url);
        }
    }

    public static Source of(String title, String publisher, LocalDate published) {
        return new Source(title, publisher, published, null);
    }

    public static Source of(String title, String publisher, LocalDate published, String url) {
        return new Source(title, publisher, published, url == null ? null : URI.create(url));
    }

    // Written out rather than left to the record, whose first equals or hashCode builds its method handles at run
    // time, a cost a question pays on start-up (docs/adr/0014); the same results, the hash the record would give.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Source source && title.equals(source.title)
                && publisher.equals(source.publisher) && published.equals(source.published)
                && Objects.equals(url, source.url);
    }

    @Override
    public int hashCode() {
        return ((31 * title.hashCode() + publisher.hashCode()) * 31 + published.hashCode()) * 31
                + Objects.hashCode(url);
    }
}
