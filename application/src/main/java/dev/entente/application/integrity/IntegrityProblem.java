package dev.entente.application.integrity;

/**
 * One thing wrong with a store, found by the {@link IntegrityCheck}.
 *
 * @param code     a stable code such as {@code check.sequence-gap}
 * @param where    the event (aggregate, sequence and global index), applied command or read-model record at fault
 * @param sentence what is wrong, in words
 */
public record IntegrityProblem(String code, String where, String sentence) {

    @Override
    public String toString() {
        return where + ": " + sentence + " [" + code + "]";
    }
}
