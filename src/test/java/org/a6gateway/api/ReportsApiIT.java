package org.a6gateway.api;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.a6gateway.api.generated.model.AefReportRequest;
import org.a6gateway.api.generated.model.BtrReportRequest;
import org.a6gateway.api.generated.model.ReportCheck;
import org.a6gateway.api.generated.model.ReportFormat;
import org.a6gateway.api.generated.model.ReportJob;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.reporting.Reports;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.client.RestClient;

/**
 * Reports over HTTP: ordered (202 and a Location), polled with the checks the report ran once it
 * completed, downloaded as the file ordered; a bad order is a 400 problem before anything runs; a
 * failed or unknown job is a problem too.
 * On a store no sync has filled but for one authorization of each Party ordered: the figures are
 * tested in the reporting package.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @MockitoSpyBean
    Reports reports;

    @MockitoSpyBean
    org.a6gateway.nationalrecords.AuthorizationStore authorizations;

    RestClient http;

    @BeforeEach
    void client() {
        http = ApiAccess.http(context, port, "GOVERNMENT");
        doReturn(List.of(authorization("MDG"), authorization("TZA"))).when(authorizations).all();
    }

    private static AuthorizationRecord authorization(String party) {
        return new AuthorizationRecord("national-registry", party + "-1", 1, AuthorizationStatus.ACTIVE, party,
                LocalDate.of(2024, 1, 15), 2024, "CA0043", true, null, "GHG", null, null, Set.of(Purpose.NDC), null,
                FirstTransferDefinition.AUTHORISATION, 2021, 2030, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(new CoveredActivity("VCS", "9999", "MG")), false);
    }

    private ReportJob polled(ReportJob started) {
        return await().atMost(Duration.ofMinutes(5)).until(
                () -> http.get().uri("/reports/{id}", started.getJobId()).retrieve().body(ReportJob.class),
                job -> job.getStatus() != ReportJob.StatusEnum.STARTING && job.getStatus() != ReportJob.StatusEnum.STARTED);
    }

    @Test
    void aBtrReportIsAcceptedPolledAndDownloadedAsTheXlsxOrdered() throws Exception {
        var order = new BtrReportRequest().party("Tanzania").inventoryYear(2024).mode(BtrReportRequest.ModeEnum.TOOL_COMPATIBLE);

        var started = http.post().uri("/reports/btr").contentType(MediaType.APPLICATION_JSON).body(order).retrieve().toEntity(ReportJob.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getHeaders().getLocation()).hasToString("/api/v1/reports/" + started.getBody().getJobId());
        var done = polled(started.getBody());
        assertThat(done.getStatus()).isEqualTo(ReportJob.StatusEnum.COMPLETED);
        assertThat(done.getFileName()).isEqualTo("btr-TZA-2021-2026-tool-compatible.xlsx");
        var file = http.get().uri(done.getDownload().replace("/api/v1", "")).retrieve().toEntity(byte[].class);
        assertThat(file.getHeaders().getContentType()).hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("btr-TZA-2021-2026-tool-compatible.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mode: tool-compatible");
        }
    }

    @Test
    void anAefReportComesAsTheJsonOrdered() throws Exception {
        var order = new AefReportRequest().party("MDG").year(2025).format(ReportFormat.JSON);

        var done = polled(http.post().uri("/reports/aef").contentType(MediaType.APPLICATION_JSON).body(order).retrieve().body(ReportJob.class));
        var file = http.get().uri("/reports/{id}/file", done.getJobId()).retrieve().toEntity(String.class);

        assertThat(done.getKind()).isEqualTo(ReportJob.KindEnum.AEF);
        assertThat(file.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        var json = new ObjectMapper().readTree(file.getBody());
        assertThat(json.get("party").asText()).isEqualTo("MDG");
        assertThat(json.at("/tables/T1/0/Reported year").asInt()).isEqualTo(2025);
    }

    @Test
    void aCompletedReportShowsItsChecksWhenPolledAndListedEveryOnePassed() throws Exception {
        var order = new BtrReportRequest().party("TZA").inventoryYear(2024).format(ReportFormat.JSON);

        var done = polled(http.post().uri("/reports/btr").contentType(MediaType.APPLICATION_JSON).body(order).retrieve().body(ReportJob.class));
        var file = new ObjectMapper().readTree(http.get().uri("/reports/{id}/file", done.getJobId()).retrieve().body(String.class));
        var listed = http.get().uri("/reports").retrieve().body(ReportJob[].class);

        assertThat(done.getChecks()).extracting(ReportCheck::getName).containsExactly("IDENTIFIERS_WELL_FORMED",
                "QUANTITY_IS_LAST_MINUS_FIRST_PLUS_ONE", "WITHIN_AUTHORIZED_CAP", "TOTALS_TIE_TO_BLOCKS");
        assertThat(done.getChecks()).allSatisfy(check -> {
            assertThat(check.getStatus()).isEqualTo(ReportCheck.StatusEnum.PASSED);
            assertThat(check.getFailures()).isZero();
            assertThat(check.getExamples()).isEmpty();
            assertThat(check.getRule()).isNotBlank();
        });
        assertThat(file.get("checks")).extracting(c -> c.get("check").asText())
                .containsExactlyElementsOf(done.getChecks().stream().map(ReportCheck::getName).toList());
        assertThat(listed).filteredOn(job -> job.getJobId().equals(done.getJobId())).singleElement()
                .extracting(ReportJob::getChecks).isEqualTo(done.getChecks());
    }

    @Test
    void aFailingCheckIsNamedWithItsFirstFailuresInWordsAndTheFileStillComes() throws Exception {
        // An NDC-only authorization's units first transferred at authorization: the AEF flags the row.
        var units = SerialRange.ofQuantity(1001, 100);
        var pair = ItmoPair.mint("CA0043", "MDG01", "MDG", 2024, "VCS", "9999", units);
        var jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("INSERT INTO itmo_pair (first_itmo_id, last_itmo_id, underlying_registry, issuance_id, unit_start, unit_end, quantity,"
                + " authorization_id, authorization_version, first_transfer_trigger, first_transfer_date, first_transfer_year)"
                + " VALUES (?, ?, 'VCS', '9999', ?, ?, ?, 'MDG-1', 1, 'authorization', ?, 2025)", pair.itmo().first().toString(),
                pair.itmo().last().toString(), units.start(), units.end(), units.quantity(), java.sql.Date.valueOf(LocalDate.of(2025, 3, 1)));
        try {
            var done = polled(http.post().uri("/reports/aef").contentType(MediaType.APPLICATION_JSON)
                    .body(new AefReportRequest().party("MDG").year(2025).format(ReportFormat.CSV)).retrieve().body(ReportJob.class));

            assertThat(done.getStatus()).isEqualTo(ReportJob.StatusEnum.COMPLETED);
            assertThat(done.getDownload()).isNotNull();
            var failed = done.getChecks().stream().filter(c -> c.getStatus() == ReportCheck.StatusEnum.FAILED).toList();
            assertThat(failed).singleElement().satisfies(check -> {
                assertThat(check.getName()).isEqualTo("CONSISTENT_WITH_AUTHORIZATION");
                assertThat(check.getFailures()).isEqualTo(1);
                assertThat(check.getExamples()).singleElement().satisfies(f -> {
                    assertThat(f.getWhere()).isEqualTo(pair.itmo().first() + " (VCS 9999 1001-1100)");
                    assertThat(f.getDetail()).isEqualTo("first transferred at authorization under an authorization for NDC use only,"
                            + " whose first transfer is the first international transfer");
                });
            });
            assertThat(done.getChecks()).hasSize(4);
            assertThat(http.get().uri("/reports/{id}/file", done.getJobId()).retrieve().body(String.class))
                    .contains("CONSISTENT_WITH_AUTHORIZATION,1 failing,");
        } finally {
            jdbc.update("DELETE FROM itmo_pair WHERE first_itmo_id = ?", pair.itmo().first().toString());
        }
    }

    @Test
    void aBadOrderIsAProblem400NamingWhatIsWrongAndNothingRuns() {
        assertProblem(post("/reports/btr", "{\"party\":\"Atlantis\",\"inventoryYear\":2024}"), HttpStatus.BAD_REQUEST, "unknown Party 'Atlantis'");
        assertProblem(post("/reports/btr", "{\"party\":\"TZA\",\"inventoryYear\":2024,\"years\":\"2026-2021\"}"), HttpStatus.BAD_REQUEST,
                "run backwards");
        assertProblem(post("/reports/btr", "{\"party\":\"TZA\",\"inventoryYear\":2024,\"mode\":\"strict\"}"), HttpStatus.BAD_REQUEST, "mode");
        assertProblem(post("/reports/btr", "{\"party\":\"TZA\"}"), HttpStatus.BAD_REQUEST, "inventoryYear");
        assertProblem(post("/reports/btr", "{\"party\":\"TZA\",\"inventoryYear\":2024,\"used\":{\"2030\":\"5\"}}"), HttpStatus.BAD_REQUEST,
                "ITMOs used given for 2030");
        assertProblem(post("/reports/aef", "{\"party\":\"MDG\",\"year\":1800}"), HttpStatus.BAD_REQUEST, "year");
    }

    @Test
    void aFailedReportIsAProblem409WithWhyAndAnUnknownOneIs404() throws Exception {
        doThrow(new IllegalStateException("the disk is full")).when(reports).write(any(), any());

        var done = polled(http.post().uri("/reports/aef").contentType(MediaType.APPLICATION_JSON)
                .body(new AefReportRequest().party("MDG").year(2025)).retrieve().body(ReportJob.class));

        assertThat(done.getStatus()).isEqualTo(ReportJob.StatusEnum.FAILED);
        assertThat(done.getError()).isEqualTo("the disk is full");
        assertThat(done.getDownload()).isNull();
        assertProblem(http.get().uri("/reports/{id}/file", done.getJobId()).retrieve().toEntity(String.class), HttpStatus.CONFLICT,
                "the disk is full");
        assertProblem(http.get().uri("/reports/999999").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND, "no report job 999999");
    }

    @Test
    void anUnexpectedFailureIsA500ProblemWithTheRequestIdAndNothingOfTheCause() {
        doThrow(new IllegalStateException("connection to jdbc:postgresql://db password=hunter2 lost")).when(authorizations).all();

        var response = http.get().uri("/reports/parties").header("X-Request-Id", "req-500-test").retrieve().toEntity(String.class);

        assertProblem(response, HttpStatus.INTERNAL_SERVER_ERROR, "quote request id req-500-test");
        assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-500-test");
        assertThat(response.getBody()).doesNotContain("hunter2").doesNotContain("postgresql");
    }

    @Test
    void theGeneratedJavaClientOrdersPollsAndDownloads() throws Exception {
        var client = new org.a6gateway.client.api.ReportsApi(ApiAccess.client(context, port, "GOVERNMENT"));

        var job = client.createAefReport(new org.a6gateway.client.model.AefReportRequest().party("MDG").year(2025)
                .format(org.a6gateway.client.model.ReportFormat.CSV));
        var done = await().atMost(Duration.ofMinutes(5)).until(() -> client.getReport(job.getJobId()),
                j -> j.getStatus() == org.a6gateway.client.model.ReportJob.StatusEnum.COMPLETED);
        // The generator types a binary response as File, which RestClient cannot convert: read it as bytes.
        var file = client.downloadReportWithResponseSpec(done.getJobId()).body(byte[].class);

        assertThat(done.getFileName()).isEqualTo("aef-MDG-2025.csv");
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).startsWith("Table 1: Submission\r\n").contains("MDG,1.0,2025,");
    }

    private org.springframework.http.ResponseEntity<String> post(String uri, String body) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

}
