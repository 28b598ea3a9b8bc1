package dev.entente.sample;

import dev.entente.application.EntenteEngine;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /state/AZ/PK?asOf=2024-07-13}: the relationship as it stood on that date. */
@RestController
class StateController {

    private final EntenteEngine entente;

    StateController(EntenteEngine entente) {
        this.entente = entente;
    }

    @GetMapping("/state/{one}/{other}")
    RelationshipState state(@PathVariable String one, @PathVariable String other,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return entente.stateOf(Dyad.of(one, other), asOf);
    }

    /** A country code or date Entente refuses is the caller's mistake, said in the domain's words. */
    @ExceptionHandler(InvalidValue.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> invalid(InvalidValue refused) {
        return Map.of("error", refused.getMessage());
    }
}
