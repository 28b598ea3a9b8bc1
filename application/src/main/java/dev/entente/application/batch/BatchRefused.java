package dev.entente.application.batch;

/**
 * A batch refused as a whole because one of its commands was: nothing of it was written. The cause is what refused
 * the command, usually a {@link dev.entente.domain.shared.RuleViolation}.
 */
public final class BatchRefused extends RuntimeException {

    private final transient PlannedCommand command;

    public BatchRefused(PlannedCommand command, RuntimeException cause) {
        super(command.label() + ": " + command.command().getClass().getSimpleName() + " refused: "
                + cause.getMessage(), cause);
        this.command = command;
    }

    /** The command that was refused. */
    public PlannedCommand command() {
        return command;
    }
}
