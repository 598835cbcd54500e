package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.Party;
import org.a6gateway.units.Purpose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Text a registry published reaches the CSV files officers open in a spreadsheet: a cell that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, carriage return first) is written
 * behind a single quote, so it shows as the text it is; numbers stay numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"a6.simulator.enabled=false", "a6.test.context=hostile-csv"})
class HostileCsvCellsIT {

    private static final String PAYLOAD = "@SUM(1+9)*cmd|' /C calc'!A0";

    @Autowired
    AuthorizationStore authorizations;

    @Autowired
    Reports reports;

    @Test
    void formulasFromARegistryAreWrittenAsTextInTheAefCsv() throws Exception {
        authorizations.store("national-registry", List.of(authorization()));
        var out = new ByteArrayOutputStream();

        reports.write(ReportOrder.aef(new AefRequest(Party.of("MDG"), 2025, LocalDate.of(2026, 4, 1), 2021, 2030),
                ReportOrder.Format.CSV), out);

        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"click\"\")\",", ",'" + PAYLOAD + ",",
                        ",'+cmd|' /C calc'!A0,")
                .doesNotContain("," + PAYLOAD).doesNotContain(",\"=HYPERLINK").doesNotContain(",+cmd");
    }

    @Test
    void everyCellThatCouldRunIsQuotedAndNumbersAreNot() {
        assertThat(Csv.line(List.of("=1+1", "+1", "-1+1", "@A1", "\tcmd", "\rcmd", "-196652", "-0.5", "12", "text")))
                .isEqualTo("'=1+1,'+1,'-1+1,'@A1,'\tcmd,\"'\rcmd\",-196652,-0.5,12,text\r\n");
    }

    private static AuthorizationRecord authorization() {
        return new AuthorizationRecord("national-registry", "MDG-FORMULA-1", 1, AuthorizationStatus.ACTIVE, "MDG",
                LocalDate.of(2025, 1, 15), 2025, "CA0043", true, 1000L, "GHG", null, null, Set.of(Purpose.OIMP), "+cmd|' /C calc'!A0",
                FirstTransferDefinition.ISSUANCE, 2021, 2030, null, null, null, null, List.of("CHE"),
                List.of("=HYPERLINK(\"http://evil.example\";\"click\")"), List.of(), List.of(), PAYLOAD, List.of(),
                List.of(new CoveredActivity("VCS", "9999", "MG")), false);
    }
}
