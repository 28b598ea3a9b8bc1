package dev.entente.application.readmodel;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.util.List;

/**
 * Another claim about one field of a recorded fact, as some sources state it: e.g. the place of an arrival is
 * "Islamabad International Airport" according to one report while the fact recorded says "Nur Khan Airbase". The
 * fact keeps the value most sources give; the alternative keeps the other, with its own sources.
 */
public record Alternative(String field, String value, List<Source> sources) {

    public Alternative {
        field = Values.text(field, "field of an alternative claim");
        value = Values.text(value, "value of the alternative claim on '" + field + "'");
        sources = Folds.list(sources);
        if (sources.isEmpty()) {
            throw new InvalidValue("annotation.alternative-without-sources",
                    "the alternative claim '" + value + "' on '" + field + "' must cite at least one source");
        }
    }
}
