package org.a6gateway.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.a6gateway.testing.HostileCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile export file of the corpus (hostile/exports), read within the default limits: a row
 * with invisible or bidirectional control characters is refused alone and the valid row beside it
 * read; a file beyond a limit, nested too deep or not readable is refused whole, naming why.
 */
class HostileExportsTest {

    static Stream<Arguments> cases() {
        return HostileCorpus.cases("exports");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileExportIsRefusedAloneOrWholeNeverMisread(String file, String format, String expected, String detail)
            throws IOException {
        var content = bytes(file);
        var chosen = ExportFormat.ofOption(format);

        switch (expected) {
            case "REFUSED" -> {
                var reading = ExportReading.of(chosen, content);
                assertThat(reading.rows()).hasSize(1);
                assertThat(reading.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains(detail));
            }
            case "TOO_LARGE" -> assertThatThrownBy(() -> ExportReading.of(chosen, content))
                    .isInstanceOf(ExportTooLarge.class).hasMessageContaining(detail);
            default -> assertThatThrownBy(() -> ExportReading.of(chosen, content)).isInstanceOf(UnreadableExport.class)
                    .isNotInstanceOf(ExportTooLarge.class).hasMessageContaining(detail);
        }
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = HostileExportsTest.class.getResourceAsStream("/hostile/exports/" + file)) {
            return in.readAllBytes();
        }
    }
}
