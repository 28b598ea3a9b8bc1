package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.domain.AggregateRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads a chronicle (a JSON document or JSON Lines, docs/chronicle-format.md) into commands, or lists its errors. */
public final class ChronicleReader {

    /** The format this reader reads. */
    public static final String FORMAT = "entente-chronicle/1";

    /** The default maximum size of a chronicle: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    /** The largest byte array the JVM reliably allocates. */
    private static final long LARGEST = Integer.MAX_VALUE - 8;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final long maxBytes;
    private final ChronicleBinder binder;

    /** A reader of Entente's commands with the default maximum size. */
    public ChronicleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader of Entente's commands that refuses chronicles of more than {@code maxBytes} bytes. */
    public ChronicleReader(long maxBytes) {
        this(maxBytes, AggregateRegistry.entente());
    }

    /**
     * A reader of the commands of every aggregate in {@code registry}, Entente's and the application's own
     * (docs/extending.md): an entry whose {@code type} is the simple name of an application's command is bound to it
     * with Jackson and digested as Entente's are.
     */
    public ChronicleReader(AggregateRegistry registry) {
        this(DEFAULT_MAX_BYTES, registry);
    }

    /** As {@link #ChronicleReader(AggregateRegistry)}, refusing chronicles of more than {@code maxBytes} bytes. */
    public ChronicleReader(long maxBytes, AggregateRegistry registry) {
        if (maxBytes < 1 || maxBytes > LARGEST) {
            throw new IllegalArgumentException("the maximum size must be between 1 and " + LARGEST + " bytes, got "
                    + maxBytes);
        }
        this.maxBytes = maxBytes;
        // Entente's own binder is built once for every reader (a mapper learns each type once); another registry's
        // once per reader.
        this.binder = registry == AggregateRegistry.entente() ? Shared.BINDER : binder(registry);
    }

    /** Reads a chronicle file, named in locations by the path as given; its size is checked before it is read. */
    public Chronicle read(Path file) throws IOException, ChronicleException {
        return read(file, null);
    }

    /**
     * As {@link #read(Path)}, handing {@code inOrder} the chronicle's commands, each with its key, in the order
     * written, a part at a time while the rest is still being read (ADR 0025, amended): a caller can so check the
     * beginning of a long chronicle while its end is being bound. Parts are handed only while no error has been
     * found; a chronicle with errors may have handed some parts before it throws, and a caller must then drop what
     * it made of them. The parts handed, in order, are the returned chronicle's commands. An exception thrown by
     * {@code inOrder} ends the read.
     */
    public Chronicle read(Path file, Consumer<List<ChronicleCommand>> inOrder) throws IOException, ChronicleException {
        String name = file.toString();
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(name, size + " bytes");
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            // The file may have grown since it was measured: read no more than one byte over the limit.
            content = in.readNBytes((int) Math.min(maxBytes + 1, LARGEST));
        }
        if (content.length > maxBytes) {
            throw tooLarge(name, "more than " + maxBytes + " bytes");
        }
        return parse(name, content, inOrder);
    }

    /** Reads a chronicle from its bytes; {@code name} names it in locations, and its extension picks the form. */
    public Chronicle read(String name, byte[] content) throws ChronicleException {
        return read(name, content, null);
    }

    /** As {@link #read(String, byte[])}, handing {@code inOrder} the commands as {@link #read(Path, Consumer)} does. */
    public Chronicle read(String name, byte[] content, Consumer<List<ChronicleCommand>> inOrder)
            throws ChronicleException {
        if (content.length > maxBytes) {
            throw tooLarge(name, content.length + " bytes");
        }
        return parse(name, content, inOrder);
    }

    private Chronicle parse(String name, byte[] content, Consumer<List<ChronicleCommand>> inOrder)
            throws ChronicleException {
        String text = decode(name, content);
        ChronicleScanner scanner = new ChronicleScanner(Shared.SCAN, name);
        boolean document = scanner.isDocument(text);
        Scan scan = document ? scanner.document(text) : scanner.lines(text);
        List<ChronicleError> errors = new ArrayList<>(scan.errors);
        List<ChronicleCommand> commands = scan.fatal ? List.of() : binder.bind(scan, document, errors, inOrder);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt((ChronicleError error) -> error.location().line())
                    .thenComparingInt(error -> error.location().column()));
            throw new ChronicleException(errors);
        }
        return new Chronicle(name, scan.title, commands);
    }

    private ChronicleException tooLarge(String name, String size) {
        return new ChronicleException(List.of(new ChronicleError(new Location(name, 1, 1), ChronicleError.TOO_LARGE,
                "the chronicle is " + size + ", over the limit of " + maxBytes + " bytes" + mebibytes(maxBytes)
                        + "; split it into several files")));
    }

    private static String mebibytes(long bytes) {
        return bytes < 1024 * 1024 ? "" : String.format(Locale.ROOT, " (%.1f MiB)", bytes / (1024.0 * 1024.0));
    }

    /**
     * Decodes strictly: a byte that is not UTF-8 is refused, with its line and column, rather than replaced. The JDK's
     * decoding into a String (which replaces what is not UTF-8 with U+FFFD) is the fast path, one pass; only a text
     * holding U+FFFD, a malformed byte or the character itself written in the file, is decoded again strictly to tell
     * which, and where.
     */
    private static String decode(String name, byte[] content) throws ChronicleException {
        int start = startsWithBom(content) ? BOM.length : 0;
        String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            refuseMalformed(name, content, start);
        }
        return text;
    }

    /** Throws the error of the first byte that is not UTF-8, if there is one; returns when every byte is. */
    private static void refuseMalformed(String name, byte[] content, int start) throws ChronicleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer chunk = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        while (true) {
            CoderResult result = decoder.decode(in, chunk, true);
            chunk.flip();
            while (chunk.hasRemaining()) {
                if (chunk.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            chunk.clear();
            if (result.isError()) {
                throw new ChronicleException(List.of(new ChronicleError(new Location(name, line, column),
                        ChronicleError.NOT_UTF8, String.format(Locale.ROOT, "the file is not UTF-8: byte 0x%02X "
                                + "cannot be decoded; save the chronicle as UTF-8", content[in.position()] & 0xFF))));
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= BOM.length && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    /**
     * The parser factory and the binder with its mappers: costly to build (a mapper learns each type once), safe to
     * share once configured, so built once for every reader rather than once per read.
     */
    private static final class Shared {
        static final JsonFactory SCAN = new JsonFactory();
        static final ChronicleBinder BINDER = binder(AggregateRegistry.entente());
    }

    private static ChronicleBinder binder(AggregateRegistry registry) {
        CommandTypes types = new CommandTypes(registry);
        return new ChronicleBinder(strictMapper(types), EntenteJson.mapper(), Shared.SCAN, types);
    }

    /** EntenteJson's mapper, made strict for what a person writes. */
    private static ObjectMapper strictMapper(CommandTypes types) {
        ObjectMapper mapper = EntenteJson.mapper().copy();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new ChronicleModule());
        for (Class<?> command : types.known()) {
            mapper.addMixIn(command, CommandMembersAreRead.class);
        }
        mapper.addMixIn(DeclaredSource.class, TypeIsRead.class);
        return mapper;
    }

    /**
     * "type" picks the command (or marks a JSON Lines source) and is read before binding; "note" and "alternatives"
     * are read beside a command ({@link ChronicleAnnotations}).
     */
    @JsonIgnoreProperties({"type", "note", "alternatives"})
    private interface TypeIsRead {
    }

    /** As {@link TypeIsRead}, and a command's explicit "id", read for its stable key (ADR 0022). */
    @JsonIgnoreProperties({"type", "note", "alternatives", "id"})
    private interface CommandMembersAreRead {
    }
}
