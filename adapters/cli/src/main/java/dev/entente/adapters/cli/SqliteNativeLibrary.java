package dev.entente.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in a directory next to the command line's jar, so that a start loads it from
 * there instead of working out the platform (which runs {@code uname}) and extracting the library to the temporary
 * directory again, every time (docs/adr/0014).
 */
final class SqliteNativeLibrary {

    static final String PATH = "org.sqlite.lib.path";
    static final String TEMPORARY_DIRECTORY = "org.sqlite.tmpdir";

    private SqliteNativeLibrary() {
    }

    /**
     * When the command line runs from its jar and nobody chose a library path: the copy kept next to the jar,
     * extracted there on the first run. Any failure leaves sqlite-jdbc to find its library as it always does.
     */
    static void useKeptCopy() {
        if (System.getProperty(PATH) != null) {
            return;
        }
        Path jar = jar();
        if (jar == null) {
            return;
        }
        try {
            Path directory = keep(jar.resolveSibling("entente-native"));
            System.setProperty(PATH, directory.toString());
            // sqlite-jdbc lists its temporary directory at each start to delete stale copies: a small one is quick.
            System.setProperty(TEMPORARY_DIRECTORY, directory.toString());
        } catch (IOException | RuntimeException notKept) {
            // A read-only installation, say: sqlite-jdbc extracts the library itself, as without this.
        }
    }

    /**
     * The directory under {@code root} that holds this sqlite-jdbc version's library for this platform, extracted
     * first if it is not there yet (written under another name and moved, so that two first runs never see half a
     * file).
     */
    static Path keep(Path root) throws IOException {
        String platform = plain((System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .toLowerCase(Locale.ROOT));
        Path directory = root.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform);
        Path library = directory.resolve(LibraryLoaderUtil.getNativeLibName());
        if (Files.isRegularFile(library)) {
            return directory;
        }
        Files.createDirectories(directory);
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        Path partial = Files.createTempFile(directory, "partial-", ".tmp");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("sqlite-jdbc has no native library for this platform at " + resource);
            }
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return directory;
    }

    /**
     * {@code text} with each run of characters other than a-z, 0-9, '.', '_' and '-' made one '_', as
     * {@code replaceAll("[^a-z0-9._-]+", "_")} makes it, without compiling a pattern at every start.
     */
    static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            if (kept) {
                plain.append(c);
            } else if (!inRun) {
                plain.append('_');
            }
            inRun = !kept;
        }
        return plain.toString();
    }

    /** The jar this class was loaded from, or null when it was not a jar (tests run from classes). */
    private static Path jar() {
        try {
            CodeSource source = SqliteNativeLibrary.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | RuntimeException unknown) {
            return null;
        }
    }
}
