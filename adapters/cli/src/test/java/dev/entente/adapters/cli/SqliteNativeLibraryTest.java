package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SqliteNativeLibraryTest {

    @TempDir
    Path root;

    @Test
    void the_first_run_extracts_the_platforms_library_under_the_sqlite_jdbc_version() throws Exception {
        Path directory = SqliteNativeLibrary.keep(root);

        Path library = directory.resolve(LibraryLoaderUtil.getNativeLibName());
        assertThat(directory.getParent()).isEqualTo(root);
        assertThat(directory.getFileName().toString()).startsWith("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-");
        try (InputStream resource = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(resource).isNotNull();
            assertThat(Files.readAllBytes(library)).isEqualTo(resource.readAllBytes());
        }
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.toList()).as("no partial copy is left behind").containsExactly(library);
        }
    }

    @Test
    void later_runs_use_the_kept_copy_without_writing_it_again() throws Exception {
        Path library = SqliteNativeLibrary.keep(root).resolve(LibraryLoaderUtil.getNativeLibName());
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(library, longAgo);

        Path again = SqliteNativeLibrary.keep(root);

        assertThat(again.resolve(LibraryLoaderUtil.getNativeLibName())).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(longAgo);
        try (Stream<Path> directories = Files.list(root)) {
            assertThat(directories.toList()).isEqualTo(List.of(again));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"linux-amd64", "mac os x-aarch64", "windows 10-x86",
            "sunos-sparcv9", "a  b", "  ", "", "z/os-s390x", "linux-arm_v7.1", "é-x", "a--b..c__d"})
    void a_platform_is_made_plain_as_the_pattern_made_it(String platform) {
        assertThat(SqliteNativeLibrary.plain(platform)).isEqualTo(platform.replaceAll("[^a-z0-9._-]+", "_"));
    }
}
