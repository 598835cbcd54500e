package org.a6gateway.api;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Report orders at and past the contract's bounds, on a synced store: figures are plain decimals
 * of ASCII digits (an exponent, another script's digits or a sign the field does not take is a
 * 400 naming the field, never a thousand-digit figure or a 500), years lie within 1990-2100, an
 * order too long for the job repository is a 400, and neither report is ordered for a Party the
 * gateway holds no authorization of. The largest figures the contract allows come out exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class HostileReportOrdersTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    RestClient http;

    @BeforeEach
    void synced() {
        SyncedGateway.syncOnce(context, port);
        http = ApiAccess.http(context, port, "GOVERNMENT");
    }

    @Test
    void figuresOutsideTheContractAreProblemsNamingTheField() {
        for (var figure : new String[] {"1e999", "1e9999", "\u0661\u0662\u0663", "-5", "0x10", "1.1234567", "9".repeat(16)}) {
            assertProblem(btr("\"used\":{\"2025\":\"" + figure + "\"}"), HttpStatus.BAD_REQUEST, "used 2025: '" + figure + "'");
        }
        assertProblem(btr("\"used\":{\"\u0662\u0660\u0662\u0665\":\"5\"}"), HttpStatus.BAD_REQUEST, "is not a year");
        assertProblem(btr("\"inventory\":{\"2025\":\"+5\"}"), HttpStatus.BAD_REQUEST, "inventory 2025: '+5'");
    }

    @Test
    void yearsOutside1990To2100AndOverlongOrdersAreProblems() {
        assertProblem(post("/reports/btr", "{\"party\":\"TZA\",\"inventoryYear\":2024,\"years\":\"0001-9999\"}"),
                HttpStatus.BAD_REQUEST, "must lie within 1990-2100");
        var everyYear = new StringBuilder();
        for (int year = 1990; year <= 2100; year++) {
            everyYear.append(year == 1990 ? "" : ",").append("\"").append(year).append("\":\"123456789012345.123456\"");
        }
        assertProblem(post("/reports/btr", "{\"party\":\"TZA\",\"inventoryYear\":2024,\"years\":\"1990-2100\",\"used\":{"
                + everyYear + "},\"inventory\":{" + everyYear + "}}"), HttpStatus.BAD_REQUEST, "at most 2500 fit");
    }

    @Test
    void aPartyWithoutAuthorizationsGetsNeitherReportButOneWithThemGetsBoth() {
        assertProblem(post("/reports/aef", "{\"party\":\"FRA\",\"year\":2025}"), HttpStatus.BAD_REQUEST,
                "no authorization of France (FRA)");
        assertProblem(post("/reports/btr", "{\"party\":\"FRA\",\"inventoryYear\":2024}"), HttpStatus.BAD_REQUEST,
                "no authorization of France (FRA)");
        assertThat(post("/reports/aef", "{\"party\":\"MDG\",\"year\":2025}").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void theLargestFiguresTheContractAllowsComeOutExact() throws Exception {
        var order = btr("\"used\":{\"2025\":\"999999999999999.999999\"},\"inventory\":{\"2025\":\"-1500.5\"},"
                + "\"format\":\"json\"");
        assertThat(order.getStatusCode()).as(order.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        long job = new ObjectMapper().readTree(order.getBody()).get("jobId").asLong();

        await().atMost(Duration.ofMinutes(5)).until(() -> http.get().uri("/reports/{id}", job).retrieve().body(String.class),
                body -> body.contains("\"COMPLETED\""));
        var file = http.get().uri("/reports/{id}/file", job).retrieve().body(String.class);

        assertThat(exact().readTree(file).at("/rows/7/2025").decimalValue()).isEqualByComparingTo("999999999999999.999999");
    }

    private static ObjectMapper exact() {
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    private ResponseEntity<String> btr(String figures) {
        return post("/reports/btr", "{\"party\":\"TZA\",\"inventoryYear\":2025,\"years\":\"2021-2030\"," + figures + "}");
    }

    private ResponseEntity<String> post(String uri, String body) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }
}
