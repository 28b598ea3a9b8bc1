package dev.entente.application.batch;

import dev.entente.application.readmodel.Annotations;
import dev.entente.domain.AggregateRegistry;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.Values;

/**
 * A command to apply as part of a batch: the command, a digest that identifies it (the same command gives the same
 * digest, so that it is applied once), a label that says where it came from, e.g. {@code visits.json:12:5}, the
 * note and alternative claims recorded with it, which the engine stamps into the metadata of each event the command
 * produces ({@link Annotations#toMetadata()}), and its stable key ({@link EntryKey}), or {@code null}: an entry with a
 * key whose events were recorded under another digest is a correction of them (ADR 0022). The command may be a
 * {@link Withdrawal} of an earlier entry.
 */
public record PlannedCommand(Object command, String digest, String label, Annotations annotations, String key) {

    /**
     * @throws dev.entente.domain.shared.InvalidValue {@code annotation.unknown-field} when an alternative claim names
     *         a field the command does not have; {@code key.invalid} for a key of the wrong shape
     */
    public PlannedCommand {
        Values.required(command, "command");
        Values.text(digest, "digest");
        Values.text(label, "label");
        annotations = annotations == null ? Annotations.NONE : annotations;
        annotations.checkFieldsOf(command);
        if (command instanceof Withdrawal withdrawal) {
            key = withdrawal.key();
        } else if (key != null) {
            EntryKey.check(key);
        }
    }

    /** A command with annotations and no key. */
    public PlannedCommand(Object command, String digest, String label, Annotations annotations) {
        this(command, digest, label, annotations, null);
    }

    /** A command with no note, no alternative claims and no key. */
    public PlannedCommand(Object command, String digest, String label) {
        this(command, digest, label, Annotations.NONE, null);
    }

    /**
     * The id of the aggregate the command goes to, e.g. {@code visit:aliyev-pakistan-2024}, for a command of
     * Entente's; see {@link #aggregateId(AggregateRegistry)} for an application's own.
     */
    public String aggregateId() {
        return aggregateId(AggregateRegistry.entente());
    }

    /** The id of the aggregate the command goes to, among the aggregates of {@code registry}. */
    public String aggregateId(AggregateRegistry registry) {
        return command instanceof Withdrawal withdrawal ? withdrawal.aggregateId()
                : aggregateType(registry).targetOf(command);
    }

    /** The kind of aggregate the command goes to, for a command of Entente's. */
    public AggregateType<?, ?, ?> aggregateType() {
        return aggregateType(AggregateRegistry.entente());
    }

    /**
     * The kind of aggregate the command goes to, among those of {@code registry}.
     *
     * @throws IllegalStateException for a withdrawal, whose aggregate's kind is read from its stored events
     * @throws IllegalArgumentException when it is a command of none of them
     */
    public AggregateType<?, ?, ?> aggregateType(AggregateRegistry registry) {
        if (command instanceof Withdrawal) {
            throw new IllegalStateException(label + " withdraws from " + aggregateId(registry)
                    + ", whose kind its stored events say");
        }
        return registry.forCommand(command).orElseThrow(() -> new IllegalArgumentException(label + ": "
                + command.getClass().getName() + " is not a command of Entente nor of an aggregate the engine was"
                + " given (EngineBuilder.aggregate)"));
    }

    /** Whether it withdraws an earlier entry. */
    public boolean withdraws() {
        return command instanceof Withdrawal;
    }
}
