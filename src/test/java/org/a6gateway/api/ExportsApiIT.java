package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/** Uploading a registry's export: the import's report, once per content, and a 400 problem for a file it cannot read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.test.context=exports-api")
class ExportsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = ExportsApiIT.class.getResourceAsStream("/registry-exports/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aGovernmentOfficerUploadsTheVerraExportOnceAndItsLabelsComeBackAsWritten() throws IOException {
        var http = ApiAccess.http(context, port, "GOVERNMENT");
        byte[] csv = sample("verra_vcus_legacy_ddmmyyyy_sample.csv");

        var first = http.post().uri("/registry-exports?format=verra-vcus&fileName=vcus.csv")
                .contentType(MediaType.valueOf("text/csv")).body(csv).retrieve().toEntity(JsonNode.class);
        var second = http.post().uri("/registry-exports?fileName=again.csv")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(csv).retrieve().toEntity(JsonNode.class);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody().get("status").asText()).isEqualTo("IMPORTED");
        assertThat(first.getBody().get("rowsRead").asInt()).isEqualTo(10);
        assertThat(first.getBody().get("rowsNew").asInt()).isEqualTo(10);
        assertThat(first.getBody().get("totalQuantity").asLong()).isEqualTo(131_221L);
        assertThat(first.getBody().get("headerVersion").asText()).isEqualTo("17 columns");
        assertThat(second.getBody().get("status").asText()).isEqualTo("ALREADY_IMPORTED");
        assertThat(second.getBody().get("rowsNew").asInt()).isZero();
    }

    @Test
    void theLabelsOfTheIsoSampleComeBackWithTheirEnDash() throws IOException {
        var http = ApiAccess.http(context, port, "OPERATOR");

        var report = http.post().uri("/registry-exports?fileName=iso.csv").contentType(MediaType.valueOf("text/csv"))
                .body(sample("verra_vcus_legacy_iso_sample.csv")).retrieve().body(JsonNode.class);

        assertThat(report.get("labels").findValuesAsText("text"))
                .contains("Article 6 Authorized \u2013 NDC Use", "CORSIA - First Phase, 2024-2026 Scope")
                .doesNotContain("Article 6 Authorized - NDC Use");
    }

    @Test
    void goldStandardsProjectsListUploadsAsGsProjects() throws IOException {
        var http = ApiAccess.http(context, port, "OPERATOR");

        var report = http.post().uri("/registry-exports?format=gs-projects&fileName=projects.json")
                .contentType(MediaType.APPLICATION_JSON).body(sample("gs_public_api_projects_sample.json"))
                .retrieve().body(JsonNode.class);

        assertThat(report.get("status").asText()).isIn("IMPORTED", "ALREADY_IMPORTED");
        assertThat(report.get("format").asText()).isEqualTo("gs-projects");
        assertThat(report.get("rowsRead").asInt()).isEqualTo(2);
        assertThat(report.get("totalQuantity").asLong()).isEqualTo(19_000L);
    }

    @Test
    void aFileWithAnUnknownHeaderIsA400ProblemNamingTheColumns() {
        var http = ApiAccess.http(context, port, "OPERATOR");

        var response = http.post().uri("/registry-exports?format=gs-issuances").contentType(MediaType.valueOf("text/csv"))
                .body("Vintage,Quantity\n2024,5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .retrieve().toEntity(JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).startsWith("unknown header set for gs-issuances: the file has 2 "
                + "columns [Vintage, Quantity]; against the 18 columns version: missing [Credit Status, GSID,");
    }
}
