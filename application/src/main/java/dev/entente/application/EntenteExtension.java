package dev.entente.application;

import dev.entente.domain.shared.AggregateType;
import java.util.List;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * What an application adds to Entente: its own aggregates ({@link AggregateType#of}) and the upcasters that read its
 * events' older revisions. Give it to {@link EngineBuilder#extension}; the Spring Boot starter picks up every bean of
 * this type. See docs/extending.md.
 */
public interface EntenteExtension {

    /** The application's own aggregates, each a pure decider with its commands and {@code @StoredEvent}s. */
    List<AggregateType<?, ?, ?>> aggregates();

    /**
     * The upcasters of the application's events, e.g. {@code StoredEventUpcaster.of(...)} of Entente's JSON adapter;
     * none by default.
     */
    default List<EventUpcaster> upcasters() {
        return List.of();
    }

    /** An extension of {@code aggregates} with no upcaster. */
    static EntenteExtension of(AggregateType<?, ?, ?>... aggregates) {
        List<AggregateType<?, ?, ?>> list = List.of(aggregates);
        return () -> list;
    }
}
