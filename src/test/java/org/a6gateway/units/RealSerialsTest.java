package org.a6gateway.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real data: the 601 authorized blocks of the seed, and every serial in the registries' export samples. */
class RealSerialsTest {

    record SeedBlock(String projectId, long volume, String serial, int vintage, String country) {
    }

    static List<SeedBlock> seed() throws IOException {
        return Files.readAllLines(Path.of("gateway/seed/article6-authorized-blocks.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).map(line -> line.split(",", -1))
                .map(f -> new SeedBlock(f[1], Long.parseLong(f[2]), f[3], Integer.parseInt(f[4]), f[5])).toList();
    }

    @Test
    void all601SeedSerialsParseToTheirPublishedColumns() throws IOException {
        var blocks = seed();

        assertThat(blocks).hasSize(601);
        assertThat(blocks).allSatisfy(block -> {
            var serial = Serials.parse(block.serial());
            assertThat(serial.original()).isEqualTo(block.serial());
            assertThat(serial.quantity()).as(block.serial()).isEqualTo(block.volume());
            assertThat(serial.range().end() - serial.range().start() + 1).isEqualTo(block.volume());
            assertThat(serial.country()).isEqualTo(Party.of(block.country()).alpha2());
            assertThat(serial.vintage().year()).isEqualTo(block.vintage());
            assertThat(serial.project()).isEqualTo(block.projectId());
        });
        assertThat(blocks.stream().mapToLong(b -> Serials.parse(b.serial()).quantity()).sum()).isEqualTo(23_240_850L);
        assertThat(blocks.stream().map(b -> Serials.parse(b.serial()).country()).distinct()).hasSize(14);
    }

    @Test
    void theTrailingSpaceOfTheOneVerraSerialIsKept() throws IOException {
        var spaced = seed().stream().map(SeedBlock::serial).filter(s -> s.endsWith(" ")).toList();

        assertThat(spaced).singleElement().satisfies(s -> {
            assertThat(Serials.parse(s).original()).isEqualTo(s);
            assertThat(Serials.parse(s).range()).isEqualTo(SerialRange.of(940179796L, 940188731L));
        });
    }

    static Stream<String> exportSerials() throws IOException {
        try (var in = RealSerialsTest.class.getResourceAsStream("/units/export-serials.txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).map(l -> l.split("\t", 2)[1]).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exportSerials")
    void everySerialOfTheExportSamplesParses(String text) {
        var serial = Serials.parse(text);

        assertThat(serial.quantity()).isPositive();
        assertThat(serial.original()).isEqualTo(text);
        assertThat(serial.country()).matches("[A-Z]{2}");
    }

    @Test
    void theExportSamplesCoverEveryVerraGenerationAndCdmRanges() throws IOException {
        assertThat(exportSerials().map(Serials::detect).distinct()).contains(SerialFormat.VERRA,
                SerialFormat.VERRA_LEGACY, SerialFormat.VERRA_2026, SerialFormat.GOLD_STANDARD, SerialFormat.CDM);
    }
}
