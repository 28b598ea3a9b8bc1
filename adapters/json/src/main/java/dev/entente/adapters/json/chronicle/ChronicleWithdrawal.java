package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.entente.application.batch.Withdrawal;
import dev.entente.domain.shared.Source;
import java.util.List;

/**
 * A {@code Withdraw} entry (ADR 0022): withdraws what the entry with stable key {@code key} recorded, saying why and
 * citing the sources that show the error, declared ids or objects as a command cites them.
 */
@JsonIgnoreProperties({"type"})
record ChronicleWithdrawal(String key, String reason, List<Source> sources) {

    /** The entry's type name. */
    static final String TYPE = "Withdraw";

    /** The withdrawal to apply. */
    Withdrawal withdrawal() {
        return new Withdrawal(key, reason, sources);
    }
}
