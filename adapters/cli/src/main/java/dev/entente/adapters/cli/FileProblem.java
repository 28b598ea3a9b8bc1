package dev.entente.adapters.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A file the command cannot read or write, reported with the operating system's reason (exit code 2). */
final class FileProblem {

    private FileProblem() {
    }

    /** "cannot read chronicle x.json: Is a directory". */
    static UsageError cannotRead(String what, Path file, IOException problem) {
        return new UsageError("cannot read " + what + " " + file + ": " + reason(problem));
    }

    /** "cannot write export.jsonl: No such file or directory". */
    static UsageError cannotWrite(Path file, IOException problem) {
        return new UsageError("cannot write " + file + ": " + reason(problem));
    }

    /**
     * Opens {@code file}, so that a file that cannot be read is refused before a store is opened, with the reason the
     * operating system gives. A directory opens, and fails only when read: it is read, and nothing else is (a byte
     * read from a pipe would be lost to the command).
     */
    static void requireReadable(String what, Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (Files.isDirectory(file)) {
                channel.read(ByteBuffer.allocate(1));
            }
        } catch (IOException problem) {
            throw cannotRead(what, file, problem);
        }
    }

    /**
     * The operating system's words for what went wrong, without the path Java puts in front: Java keeps them as
     * the reason of a {@link FileSystemException}, or as the whole message of a plain {@link IOException}; for the
     * two it names by class, it keeps none, so the usual words of the system are given.
     */
    static String reason(IOException problem) {
        if (problem instanceof FileSystemException system) {
            if (system.getReason() != null) {
                return system.getReason();
            }
            if (problem instanceof NoSuchFileException) {
                return "No such file or directory";
            }
            if (problem instanceof AccessDeniedException) {
                return "Permission denied";
            }
            return problem.getClass().getSimpleName();
        }
        return problem.getMessage() != null ? problem.getMessage() : problem.getClass().getSimpleName();
    }
}
