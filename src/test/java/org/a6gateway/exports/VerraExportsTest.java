package org.a6gateway.exports;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every Verra sample reads whole: row count, total quantity and three rows field by field. */
class VerraExportsTest {

    private static final String EN_DASH = "\u2013";

    @Test
    void theVcuExportWithIsoDatesReadsElevenRowsOf641934Credits() {
        var reading = ExportReading.of(ExportFormat.VERRA_VCUS, ExportSamples.bytes(ExportSamples.VERRA_ISO));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.headerVersion()).isEqualTo("17 columns");
        assertThat(reading.rows()).hasSize(11);
        assertThat(reading.totalQuantity()).isEqualTo(641_934L);
        assertThat(reading.rows().get(0)).isEqualTo(new ExportRow("line 2",
                "19385-941467007-941467431-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1", 425, 941_467_007L, 941_467_431L,
                "VCS", "1340", "Bale Mountains Eco-region REDD+ project", "ET", 2020, parse("2020-01-01"), parse("2020-12-31"),
                parse("2026-04-03"), Activity.RETIRED_OR_CANCELLED, parse("2026-04-10"), null, null, null,
                List.of("CCB-No Distinction"), null, null));
        assertThat(reading.rows().get(4)).isEqualTo(new ExportRow("line 6",
                "19309-936487628-936491271-VCS-VCU-1491-VER-RW-3-4150-01102024-31122024-1", 3_644, 936_487_628L, 936_491_271L,
                "VCS", "4150", "DelAgua Clean Cooking Grouped Project in Rwanda", "RW", 2024, parse("2024-10-01"),
                parse("2024-12-31"), parse("2026-03-19"), Activity.RETIRED_OR_CANCELLED, parse("2026-03-20"),
                "No owner - contributing towards global emissions reductions", "Other",
                "2% retirement as required under Project 4150 LoA for Article 6",
                List.of("Article 6 Authorized " + EN_DASH + " Intl mitigation purposes", "Article 6 Authorized " + EN_DASH + " NDC Use",
                        "Article 6 Authorized " + EN_DASH + " Other purposes", "CORSIA - First Phase, 2024-2026 Scope"),
                null, null));
        assertThat(reading.rows().get(6)).isEqualTo(new ExportRow("line 8",
                "19401-941972740-942037637-VCS-VCU-290-VER-TR-1-1380-01012021-30092021-1", 64_898, 941_972_740L, 942_037_637L,
                "VCS", "1380", "Akinci Hydroelectric Power Plant", "TR", 2021, parse("2021-01-01"), parse("2021-09-30"),
                parse("2026-04-10"), Activity.ISSUED, null, null, null, null,
                List.of("CORSIA " + EN_DASH + " Pilot Phase, 2021-2023 Eligible"), null, null));
    }

    @Test
    void labelsKeepTheFilesOwnDashes() {
        var rows = ExportReading.of(ExportFormat.VERRA_VCUS, ExportSamples.bytes(ExportSamples.VERRA_ISO)).rows();

        assertThat(rows.get(6).labels().get(0).charAt(7)).isEqualTo('\u2013');
        assertThat(rows.get(4).labels().get(3).charAt(7)).isEqualTo('-');
        assertThat(rows.get(4).labels().get(1)).isNotEqualTo("Article 6 Authorized - NDC Use");
    }

    @Test
    void nonLatinTextAndQuotedCommasSurvive() {
        var row = ExportReading.of(ExportFormat.VERRA_VCUS, ExportSamples.bytes(ExportSamples.VERRA_ISO)).rows().get(3);

        assertThat(row.beneficiary()).isEqualTo("江苏亨通高压海缆有限公司 Hengtong Submarine Power Cable Co., Ltd.");
        assertThat(row.quantity()).isEqualTo(2_608);
    }

    @Test
    void theVcuExportWithDayFirstDatesReadsTenRowsIncludingAnOldApxSerial() {
        var reading = ExportReading.of(ExportFormat.VERRA_VCUS, ExportSamples.bytes(ExportSamples.VERRA_DDMMYYYY));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows()).hasSize(10);
        assertThat(reading.totalQuantity()).isEqualTo(131_221L);
        assertThat(reading.rows().get(0)).isEqualTo(new ExportRow("line 2",
                "12629-421604735-421689507-VCS-VCU-576-VER-PY-14-2498-01012020-19112020-0", 84_773, 421_604_735L, 421_689_507L,
                "VCS", "2498", "Afforestation of degraded grasslands in Caazapa and Guairá", "PY", 2020, parse("2020-01-01"),
                parse("2020-11-19"), parse("2022-03-08"), Activity.ISSUED, null, null, null, null, List.of(), null, null));
        assertThat(reading.rows().get(1)).isEqualTo(new ExportRow("line 3",
                "14121-556418249-556423248-VCS-VCU-576-VER-PY-14-2498-01012017-31122017-0", 5_000, 556_418_249L, 556_423_248L,
                "VCS", "2498", "Afforestation of degraded grasslands in Caazapa and Guairá", "PY", 2017, parse("2017-01-01"),
                parse("2017-12-31"), parse("2022-11-29"), Activity.RETIRED_OR_CANCELLED, parse("2022-12-26"), "DNV AS",
                "Environmental Benefit", "VCUs 2022 for DNV", List.of(), null, null));
        assertThat(reading.rows().get(4)).isEqualTo(new ExportRow("line 6",
                "240-7863589-7889021-VCU-003-APX-IN-1-101-01042006-18032007-0", 25_433, 7_863_589L, 7_889_021L,
                "VCS", "101", "Bagasse based Co-generation Power Project at Khatauli", "IN", 2006, parse("2006-04-01"),
                parse("2007-03-18"), parse("2009-09-11"), Activity.RETIRED_OR_CANCELLED, parse("2015-06-17"), null, null, null,
                List.of(), null, null));
    }

    @Test
    void theSearchApiJsonReadsElevenRecordsOf23CreditsAllRetiredOrCancelled() {
        var reading = ExportReading.of(ExportFormat.VERRA_API, ExportSamples.bytes(ExportSamples.VERRA_API));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows()).hasSize(11);
        assertThat(reading.totalQuantity()).isEqualTo(23L);
        assertThat(reading.rows()).extracting(ExportRow::activity).containsOnly(Activity.RETIRED_OR_CANCELLED);
        var shipibo = "Forest Management to reduce deforestation and degradation in Shipibo Conibo and Cacataibo Indigenous communities of Ucayali region";
        assertThat(reading.rows().get(0)).isEqualTo(new ExportRow("record 1",
                "8040-449402275-449402275-VCU-042-MER-PE-14-1360-01072013-30062014-1", 1, 449_402_275L, 449_402_275L,
                "VCS", "1360", shipibo, "PE", 2013, parse("2013-07-01"), parse("2014-06-30"), parse("2020-03-20"),
                Activity.RETIRED_OR_CANCELLED, parse("2021-11-21"), "GAVF6ZB7Z7FKCWM5HEY2OV4ENPK3OSSHMFTVR4HHSBFHKW36U3FUH2CB",
                "Retirement for Person or Organization",
                "stellarcarbon.io 61d4ff5516b7098bbc2219d244e7f29a039c32735e1c16d1c05d66a0739727d9", List.of("CCB-Gold"), null, null));
        assertThat(reading.rows().get(8)).extracting(ExportRow::serial, ExportRow::quantity, ExportRow::blockStart, ExportRow::blockEnd)
                .containsExactly("8040-449402283-449402291-VCU-042-MER-PE-14-1360-01072013-30062014-1", 9L, 449_402_283L, 449_402_291L);
        assertThat(reading.rows().get(10)).extracting(ExportRow::serial, ExportRow::quantity, ExportRow::where)
                .containsExactly("8040-449402293-449402297-VCU-042-MER-PE-14-1360-01072013-30062014-1", 5L, "record 11");
    }

    @Test
    void theNewPlatformReportsReadTwoIssuancesTwoRetirementsAndTwoCancellations() {
        var reading = ExportReading.of(ExportFormat.VERRA_REPORTS, ExportSamples.bytes(ExportSamples.VERRA_REPORTS));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows()).hasSize(6);
        assertThat(reading.totalQuantity()).isEqualTo(416_014L + 271L + 21_819L);
        assertThat(reading.rows()).extracting(ExportRow::activity).containsExactly(Activity.ISSUED, Activity.ISSUED,
                Activity.RETIRED, Activity.RETIRED, Activity.CANCELLED, Activity.CANCELLED);
        assertThat(reading.rows().get(0)).isEqualTo(new ExportRow("issuances record 1",
                "19902-1139690318-1139925921-VCS-VCU-500-VER-US-3352-01012024-31122024-0", 235_604, 1_139_690_318L, 1_139_925_921L,
                "VCS", "3352", "Improving Energy Efficiency in Homes Through Smart Thermostat Optimization", "US", 2024,
                parse("2024-01-01"), parse("2024-12-31"), parse("2026-07-27"), Activity.ISSUED, null, null, null, null,
                List.of(), null, null));
        assertThat(reading.rows().get(2)).isEqualTo(new ExportRow("retirements record 1",
                "19734-962412547-962412717-VCS-VCU-842-VER-IN-1-1857-01092021-31122021-0", 171, 962_412_547L, 962_412_717L,
                "VCS", "1857", "Grouped OFF-GRID Renewable Energy Project in India", "IN", 2021, parse("2021-09-01"),
                parse("2021-12-31"), null, Activity.RETIRED, parse("2026-07-27"), null, null, null, List.of(), null, null));
        assertThat(reading.rows().get(3).reason()).isEqualTo("Retirement for Person or Organization");
        assertThat(reading.rows().get(4)).isEqualTo(new ExportRow("cancellations record 1",
                "19627-957450860-957469821-VCS-VCU-352-VER-CL-14-1175-04112003-03112004-1", 18_962, 957_450_860L, 957_469_821L,
                "VCS", "1175", "AVOIDING PLANNED DEFORESTATION AND DEGRADATION IN THE VALDIVIAN COASTAL RESERVE, CHILE", "CL",
                2003, parse("2003-11-04"), parse("2004-11-03"), null, Activity.CANCELLED, parse("2026-06-02"),
                null, null, "account: Cancel/Export - 8294", List.of("CCBS-Gold"), null, null));
    }
}
