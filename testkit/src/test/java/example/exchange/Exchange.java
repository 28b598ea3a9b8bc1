package example.exchange;

import dev.entente.adapters.json.upcasting.StoredEventUpcaster;
import dev.entente.application.EntenteExtension;
import dev.entente.domain.shared.AggregateType;
import java.util.List;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/** The exchange programmes as an extension of Entente: the aggregate and the upcaster of its older events. */
public final class Exchange implements EntenteExtension {

    /** Stored as "Programme", each under the id "programme:" + its programmeId, apart from Entente's ids. */
    public static final AggregateType<?, ?, ?> PROGRAMME = AggregateType.of("Programme",
            ProgrammeCommand.class, ProgrammeEvent.class, new Programmes(),
            command -> "programme:" + command.programmeId(), event -> "programme:" + event.programmeId());

    /** delegation-sent revision 1 named the participants "people". */
    public static final List<EventUpcaster> UPCASTERS = List.of(
            StoredEventUpcaster.of("exchange.delegation-sent", "1", "2", json -> {
                json.set("participants", json.remove("people"));
                return json;
            }));

    @Override
    public List<AggregateType<?, ?, ?>> aggregates() {
        return List.of(PROGRAMME);
    }

    @Override
    public List<EventUpcaster> upcasters() {
        return UPCASTERS;
    }
}
