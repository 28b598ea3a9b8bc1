package dev.entente.adapters.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file named by {@code -o}, written whole or not at all: the bytes go to a temporary file next to it, which takes
 * the file's name only when {@link #commit()} is called. Opened before any store is, so that an output that cannot
 * be written is refused with the operating system's reason (exit 2) before anything else happens; closed without a
 * commit, it leaves no file behind. A device or a pipe ({@code /dev/stdout}, a FIFO) is written directly: it cannot
 * be replaced by a file, and must not be.
 */
final class OutputFile implements AutoCloseable {

    /** The path as given, for messages. */
    private final Path named;
    /** The file the bytes end up in: the path given, or the file a link there points to. */
    private final Path target;
    private final Path temporary;
    private final OutputStream out;
    private boolean committed;

    private OutputFile(Path named, Path target, Path temporary, OutputStream out) {
        this.named = named;
        this.target = target;
        this.temporary = temporary;
        this.out = out;
    }

    /** Creates the temporary file beside {@code target}; a target that could never be written is refused now. */
    static OutputFile open(Path named) {
        // Through a link, the file it points to is the one replaced, not the link.
        Path target = named;
        if (Files.isSymbolicLink(named)) {
            try {
                target = named.toRealPath();
            } catch (IOException dangling) {
                target = named;
            }
        }
        return open(named, target);
    }

    private static OutputFile open(Path named, Path target) {
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            try {
                return new OutputFile(named, target, null, new BufferedOutputStream(Files.newOutputStream(target)));
            } catch (IOException problem) {
                throw FileProblem.cannotWrite(named, problem);
            }
        }
        if (Files.isDirectory(target)) {
            // Opening a directory for writing fails with the system's own words for it.
            try {
                FileChannel.open(target, StandardOpenOption.WRITE).close();
            } catch (IOException problem) {
                throw FileProblem.cannotWrite(named, problem);
            }
            throw new UsageError("cannot write " + named + ": Is a directory");
        }
        Path absolute = target.toAbsolutePath();
        // Created as the file itself would be (its permissions follow the umask), under a name no other run takes.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + System.nanoTime() + ".part");
        try {
            return new OutputFile(named, target, temporary, new BufferedOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)));
        } catch (IOException problem) {
            throw FileProblem.cannotWrite(named, problem);
        }
    }

    /** Where the bytes go until {@link #commit()}. */
    OutputStream stream() {
        return out;
    }

    /** Flushes the bytes to the disk and gives them the target's name, replacing any file of that name. */
    void commit() {
        try {
            out.flush();
            out.close();
            if (temporary == null) {
                committed = true;
                return;
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException problem) {
            throw FileProblem.cannotWrite(named, problem);
        }
    }

    /** Without a commit, removes the temporary file: an interrupted export leaves nothing half-written. */
    @Override
    public void close() {
        if (!committed) {
            try {
                out.close();
            } catch (IOException ignored) {
                // The file is deleted next; what could not be flushed no longer matters.
            }
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing more can be done about a temporary file that cannot be deleted.
        }
    }
}
