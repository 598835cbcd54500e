package org.a6gateway.exports;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every Gold Standard sample reads whole: row count, total quantity and three rows field by field. */
class GoldStandardExportsTest {

    @Test
    void theIssuancesExportReadsSevenRowsOf263322CreditsIncludingACdmCerRange() {
        var reading = ExportReading.of(ExportFormat.GS_ISSUANCES, ExportSamples.bytes(ExportSamples.GS_ISSUANCES));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.headerVersion()).isEqualTo("18 columns");
        assertThat(reading.rows()).hasSize(7);
        assertThat(reading.totalQuantity()).isEqualTo(263_322L);
        assertThat(reading.rows().get(0)).isEqualTo(new ExportRow("line 2", "GS1-1-UG-GS11236-16-2024-30307-1-19149", 19_149,
                1, 19_149, "GS", "11236", "BioLite Improved Cook stoves Programme - CPA 028 supported by Republic of Korea", "UG",
                2024, parse("2024-01-01"), parse("2024-12-08"), parse("2026-04-13"), Activity.ISSUED, null, null, null, null,
                List.of("Emission Reduction"), "Not Applicable", null));
        assertThat(reading.rows().get(4)).isEqualTo(new ExportRow("line 6", "GS1-1-KE-GS10792-16-2025-30272-1-28040", 28_040,
                1, 28_040, "GS", "10792", "GS10789 VPA3: Efficient and Clean Cooking for households in Kenya", "KE", 2025,
                parse("2024-03-02"), parse("2025-05-05"), parse("2026-04-03"), Activity.ISSUED, null, null, null, null,
                List.of("ICVCM CCP", "Emission Reduction"), "Not Applicable", null));
        assertThat(reading.rows().get(6)).isEqualTo(new ExportRow("line 8", "RW-5-1463953-2-2-0-7014 - RW-5-1467609-2-2-0-7014",
                3_657, 1_463_953, 1_467_609, "GS", "4823", "RDIS Carbon Emission Reduction for Self-Sustainable Environmental Care",
                "RW", 2019, parse("2017-08-19"), parse("2019-08-16"), parse("2026-03-26"), Activity.ISSUED, null, null, null,
                null, List.of(), "Not Applicable", null));
    }

    @Test
    void theRetirementsExportReadsEightRowsOf520472CreditsAndATransferToANationalRegistry() {
        var reading = ExportReading.of(ExportFormat.GS_RETIREMENTS, ExportSamples.bytes(ExportSamples.GS_RETIREMENTS));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.headerVersion()).isEqualTo("23 columns");
        assertThat(reading.rows()).hasSize(8);
        assertThat(reading.totalQuantity()).isEqualTo(520_472L);
        assertThat(reading.rows().get(0)).isEqualTo(new ExportRow("line 2", "GS1-1-KE-GS11603-16-2025-30256-110-5463", 5_354,
                110, 5_463, "GS", "11603", "GS10789 VPA8: Efficient and Clean Cooking for households in Kenya", "KE", 2025,
                parse("2024-03-02"), parse("2025-03-10"), parse("2026-03-31"), Activity.RETIRED, parse("2026-04-10"),
                "Hilti Corporation", "Voluntary",
                "Retirement on behalf of Hilti Corporation for the compensation of Scope 1 2 and business travel emissions of the year 2025.\n",
                List.of("Emission Reduction"), "Not Applicable", null));
        assertThat(reading.rows().get(5)).isEqualTo(new ExportRow("line 8", "GS1-1-ZW-GS12875-16-2024-29978-1-41158", 41_158,
                1, 41_158, "GS", "12875", "Southern Africa Clean Cookstove Initiative (SACCI) PoA: VPA01 in Zimbabwe", "ZW", 2024,
                parse("2022-06-27"), parse("2024-02-29"), parse("2026-01-16"), Activity.CANCELLED, null, null, null, null,
                List.of("Emission Reduction"), "Not Applicable", null));
        assertThat(reading.rows().get(7)).isEqualTo(new ExportRow("line 10", "GS1-1-ZW-GS11551-16-2024-29957-1-334563", 334_563,
                1, 334_563, "GS", "11551", "GS11551 - TASC Clean Cooking PoA \u2013 VPA 2 Cicada Carbon (Zimbabwe)", "ZW", 2024,
                parse("2024-01-01"), parse("2024-08-31"), parse("2026-01-06"), Activity.TRANSFERRED_TO_NATIONAL_REGISTRY, null,
                null, null, "Transferred to Zimbabwe Carbon Registry in accordance with Carbon Trading (General) Regulations 2025",
                List.of(), "Not Applicable", null));
        assertThat(reading.rows().get(1).where()).as("a quoted line break moves the next row down a line").isEqualTo("line 4");
    }

    @Test
    void theOlderTwentyTwoColumnRetirementsHeaderIsAVersionOfItsOwn() {
        var csv = String.join(",", HeaderSets.GS_RETIREMENTS_22) + "\r\n"
                + "2024,Retired,500,12350,P,D,Kenya,VER,Cooking,,VPA,10789.0,2026-03-05,2026-04-07,2024-04-03,2025-03-12,"
                + "GS1-1-KE-GS12350-16-2024-30167-1278-1777,note,,\"ICVCM CCP, Emission Reduction\",Voluntary,OR Royalties Inc.\r\n";

        var reading = ExportReading.of(ExportFormat.GS_RETIREMENTS, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(reading.headerVersion()).isEqualTo("22 columns");
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows().get(0).article6Authorization()).isNull();
        assertThat(reading.rows().get(0).labels()).containsExactly("ICVCM CCP", "Emission Reduction");
    }

    @Test
    void thePublicApiCreditsReadEightBlocksOf99419Credits() {
        var reading = ExportReading.of(ExportFormat.GS_API_CREDITS, ExportSamples.bytes(ExportSamples.GS_API_CREDITS));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows()).hasSize(8);
        assertThat(reading.totalQuantity()).isEqualTo(99_419L);
        assertThat(reading.rows().get(0)).isEqualTo(new ExportRow("record 1", "GS1-1-IN-GS817-4-2012-1303-93-4644", 4_552, 93,
                4_644, "GS", "817", "Arakalagudu Biodigester Project II", "IN", 2012, parse("2012-01-01"), parse("2012-12-31"),
                parse("2013-10-08"), Activity.RETIRED, null, null, null, "VER purchased", List.of("EMISSION_REDUCTION"), null, null));
        assertThat(reading.rows().get(1)).isEqualTo(new ExportRow("record 2", "GS1-1-IN-GS817-4-2012-1303-1-92", 92, 1, 92,
                "GS", "817", "Arakalagudu Biodigester Project II", "IN", 2012, parse("2012-01-01"), parse("2012-12-31"),
                parse("2013-10-08"), Activity.ISSUED, null, null, null, null, List.of("EMISSION_REDUCTION"), null, null));
        assertThat(reading.rows().get(7)).isEqualTo(new ExportRow("record 8", "GS1-1-KE-GS7495-16-2025-30645-608-30350", 29_743,
                608, 30_350, "GS", "7495", "Hifadhi-Livelihoods Improved Cookstove Project in Tharaka Nithi County, Kenya", "KE",
                2025, parse("2024-02-13"), parse("2025-02-12"), parse("2026-07-28"), Activity.ISSUED, null, null, null, null,
                List.of("EMISSION_REDUCTION"), null, null));
    }
}
