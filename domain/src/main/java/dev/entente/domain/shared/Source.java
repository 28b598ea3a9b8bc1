package dev.entente.domain.shared;

import java.net.URI;
import java.time.LocalDate;

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
}
