package org.a6gateway.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A bad row is reported with its line and reason and the rest read; a wrong header refuses the file, naming columns. */
class BadInputTest {

    private static final String HEADER = String.join(",", HeaderSets.VERRA_VCUS_17);

    private static ExportReading verra(String text) {
        return ExportReading.of(ExportFormat.VERRA_VCUS, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String quantity, String serial) {
        return "2026-04-10,,2021-01-01,2021-09-30,1380,Akinci,Turkey,Energy,ACM0002,\"84,898\",\"" + quantity + "\","
                + serial + ",,,,,\n";
    }

    @Test
    void oneRowWhoseQuantityDisagreesWithItsSerialIsReportedTheOthersRead() {
        var good = row("64,898", "19401-941972740-942037637-VCS-VCU-290-VER-TR-1-1380-01012021-30092021-1");
        var bad = row("64,899", "19401-942037638-942102535-VCS-VCU-290-VER-TR-1-1380-01012021-30092021-1");

        var reading = verra(HEADER + "\n" + good + bad + good.replace("19401-941972740-942037637", "19402-1-64898"));

        assertThat(reading.rows()).hasSize(2);
        assertThat(reading.errors()).hasSize(1);
        assertThat(reading.errors().get(0).where()).isEqualTo("line 3");
        assertThat(reading.errors().get(0).reason()).isEqualTo("quantity 64899 but serial "
                + "'19401-942037638-942102535-VCS-VCU-290-VER-TR-1-1380-01012021-30092021-1' holds 64898 units "
                + "(942037638 to 942102535, inclusive)");
    }

    @Test
    void malformedSerialsFractionsAndShortRowsAreEachNamed() {
        var reading = verra("\uFEFF" + HEADER + "\r\n"
                + row("12.5", "19401-1-12-VCS-VCU-290-VER-TR-1-1380-01012021-30092021-1")
                + row("10", "19401-1-10-VCS-VCU-290-VER-XX-1-1380-01012021-30092021-1")
                + row("10", "19401-1-10-VCS-VCU")
                + "2026-04-10,,2021-01-01\n");

        assertThat(reading.rows()).isEmpty();
        assertThat(reading.errors()).extracting(RowError::where).containsExactly("line 2", "line 3", "line 4", "line 5");
        assertThat(reading.errors().get(0).reason()).isEqualTo("column 'Quantity Issued': '12.5' is not a whole number of credits");
        assertThat(reading.errors().get(1).reason()).isEqualTo("serial '19401-1-10-VCS-VCU-290-VER-XX-1-1380-01012021-30092021-1': "
                + "host country 'XX' is not a known Party");
        assertThat(reading.errors().get(2).reason()).startsWith("serial '19401-1-10-VCS-VCU': ");
        assertThat(reading.errors().get(3).reason()).isEqualTo("3 cells, the header has 17");
    }

    @Test
    void anUnknownHeaderSetFailsLoudlyNamingTheColumns() {
        var renamed = HEADER.replace("Quantity Issued", "Quantity");

        assertThatThrownBy(() -> verra(renamed + "\n"))
                .isInstanceOf(UnreadableExport.class)
                .hasMessageContaining("unknown header set for verra-vcus")
                .hasMessageContaining("missing [Quantity Issued], unexpected [Quantity]");
    }

    @Test
    void aGoldStandardExportOfferedAsVerraIsRefusedWhole() {
        assertThatThrownBy(() -> ExportReading.of(ExportFormat.VERRA_VCUS, ExportSamples.bytes(ExportSamples.GS_ISSUANCES)))
                .isInstanceOf(UnreadableExport.class).hasMessageContaining("unexpected [Vintage, Credit Status, Quantity, GSID");
    }

    @Test
    void latin1TextIsRefusedRatherThanMisread() {
        byte[] latin1 = (HEADER + "\n" + "Guair\u00e1").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ExportReading.of(ExportFormat.VERRA_VCUS, latin1)).isInstanceOf(UnreadableExport.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aQuotedFieldNeverClosedIsNamedByItsLine() {
        assertThatThrownBy(() -> verra(HEADER + "\n\"open")).isInstanceOf(UnreadableExport.class)
                .hasMessage("line 2: a quoted field is never closed");
    }
}
