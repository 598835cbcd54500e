package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.a6gateway.client.api.ReportsApi;
import org.a6gateway.client.model.AefReportRequest;
import org.a6gateway.client.model.ReportFormat;
import org.a6gateway.client.model.ReportJob;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** JSON reads carry an ETag and answer a repeated read with 304; file downloads are streamed without one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class ETagsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void synced() {
        SyncedGateway.syncOnce(context, port);
    }

    @Test
    void aRepeatedReadWithItsETagIs304WithoutABody() {
        var http = ApiAccess.http(context, port, "INTEGRATOR");
        for (String read : new String[] {"/authorizations/MDG-VCS-2312", "/blocks?registry=KVS", "/itmos?size=5"}) {
            var first = http.get().uri(read).retrieve().toEntity(String.class);
            var etag = first.getHeaders().getETag();
            assertThat(etag).as(read).isNotBlank();

            var again = http.get().uri(read).header(HttpHeaders.IF_NONE_MATCH, etag).retrieve().toEntity(String.class);
            assertThat(again.getStatusCode()).as(read).isEqualTo(HttpStatus.NOT_MODIFIED);
            assertThat(again.getBody()).isNull();
            var changed = http.get().uri(read).header(HttpHeaders.IF_NONE_MATCH, "\"0stale\"").retrieve().toEntity(String.class);
            assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(changed.getBody()).isEqualTo(first.getBody());
        }
        var auditor = ApiAccess.http(context, port, "AUDITOR");
        assertThat(auditor.get().uri("/ledger/verification").retrieve().toEntity(String.class).getHeaders().getETag()).isNotBlank();
    }

    @Test
    void filesAreStreamedWithoutAnETag() {
        var export = ApiAccess.http(context, port, "INTEGRATOR").get().uri("/discrepancies/export?format=csv").retrieve()
                .toEntity(String.class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getETag()).isNull();

        var reports = new ReportsApi(ApiAccess.client(context, port, "GOVERNMENT"));
        long jobId = reports.createAefReport(new AefReportRequest().party("MDG").year(2025).format(ReportFormat.JSON)).getJobId();
        await().atMost(Duration.ofMinutes(5)).until(() -> reports.getReport(jobId).getStatus() == ReportJob.StatusEnum.COMPLETED);
        var file = ApiAccess.http(context, port, "GOVERNMENT").get().uri("/reports/{id}/file", jobId).retrieve().toEntity(String.class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getBody()).contains("\"party\"");
        assertThat(file.getHeaders().getETag()).isNull();
    }
}
