package org.a6gateway.exports;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gold Standard's public API list of projects ({@code gs_public_api_projects_sample.json}): two
 * projects, a programme of activities (GS23711) and one of its activities (GS23718), no serials.
 * The sample holds only two rows, so both are checked field by field.
 */
class GoldStandardProjectsTest {

    @Test
    void thePublicApiProjectsReadTwoProjectsOf19000EstimatedAnnualCredits() {
        var reading = ExportReading.of(ExportFormat.GS_PROJECTS, ExportSamples.bytes(ExportSamples.GS_PROJECTS));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows()).isEmpty();
        assertThat(reading.projects()).hasSize(2);
        assertThat(reading.totalQuantity()).isEqualTo(19_000L);
        assertThat(reading.projects().get(0)).isEqualTo(new ExportProjectRow("record 1", "23718", "5672",
                "GS23711- Mozambique Off Grid Electrification VPA1", "LISTED", "Mozambique", "MZ", 9_000L,
                parse("2026-06-26"), parse("2031-06-25"), "Other", "Micro Scale", "Anthesis B.V.", "GS_VER", "VPA", "23711",
                List.of()));
        assertThat(reading.projects().get(1)).isEqualTo(new ExportProjectRow("record 2", "23711", "5665",
                "Mozambique Off Grid Electrification (+SOL)", "LISTED", "Mozambique", "MZ", 10_000L,
                parse("2026-10-01"), parse("2031-09-30"), "Other", "Micro Scale", "Anthesis B.V.", "GS_VER", "POA", null,
                List.of()));
    }

    @Test
    void theFormatIsToldFromTheContent() {
        assertThat(ExportFormats.detect(ExportSamples.file(ExportSamples.bytes(ExportSamples.GS_PROJECTS)), ExportLimits.DEFAULTS)).isEqualTo(ExportFormat.GS_PROJECTS);
        assertThat(ExportFormats.detect(ExportSamples.file(ExportSamples.bytes(ExportSamples.GS_API_CREDITS)), ExportLimits.DEFAULTS))
                .isEqualTo(ExportFormat.GS_API_CREDITS);
    }

    @Test
    void aProjectWithAnUnknownCountryOrAnInvertedCreditingPeriodIsRefusedAloneByItsRecord() {
        var text = new String(ExportSamples.bytes(ExportSamples.GS_PROJECTS), StandardCharsets.UTF_8);
        var badCountry = text.replaceFirst("\"country_code\": \"MZ\"", "\"country_code\": \"XX\"");
        var inverted = text.replace("\"crediting_period_end_date\": \"2031-09-30\"", "\"crediting_period_end_date\": \"2025-09-30\"");

        var first = ExportReading.of(ExportFormat.GS_PROJECTS, badCountry.getBytes(StandardCharsets.UTF_8));
        var second = ExportReading.of(ExportFormat.GS_PROJECTS, inverted.getBytes(StandardCharsets.UTF_8));

        assertThat(first.projects()).extracting(ExportProjectRow::projectId).containsExactly("23711");
        assertThat(first.errors()).extracting(RowError::where, RowError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("record 1", "field 'country_code': 'XX' is not a known Party"));
        assertThat(second.projects()).extracting(ExportProjectRow::projectId).containsExactly("23718");
        assertThat(second.errors()).extracting(RowError::where, RowError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("record 2", "crediting period ends 2025-09-30 before it starts 2026-10-01"));
        assertThat(second.totalQuantity()).isEqualTo(9_000L);
    }
}
