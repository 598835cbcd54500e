package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.a6gateway.api.generated.model.ReportJob;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A busy office: fifty report orders placed at the same moment (the AEF of Madagascar and Table 4
 * of Tanzania, twenty-five each) are all accepted, each as a job of its own, all complete, and
 * every file is the one its order asks for, the same as any other file of the same order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class HostileConcurrentOrdersTest {

    private static final int ORDERS = 50;
    private static final String AEF = "{\"party\":\"MDG\",\"year\":2025,\"submissionDate\":\"2026-04-15\",\"format\":\"csv\"}";
    private static final String BTR = "{\"party\":\"TZA\",\"inventoryYear\":2024,\"mode\":\"tool-compatible\",\"format\":\"csv\","
            + "\"used\":{\"2024\":\"1500.25\"}}";

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void fiftyOrdersAtOnceAreAllAcceptedAndAllWrittenCorrectly() throws Exception {
        SyncedGateway.syncOnce(context, port);
        var http = ApiAccess.http(context, port, "GOVERNMENT");

        var answers = placeAtOnce(http);

        assertThat(answers).extracting(a -> a.getStatusCode().value()).as(answers.toString()).containsOnly(202);
        var jobs = new ArrayList<Long>();
        for (var answer : answers) {
            jobs.add(JSON.readTree(answer.getBody()).get("jobId").asLong());
        }
        assertThat(jobs).doesNotHaveDuplicates();
        assertThat(jobs).hasSize(ORDERS);
        var files = new ArrayList<String>();
        for (long job : jobs) {
            var done = await().atMost(Duration.ofMinutes(5)).until(() -> http.get().uri("/reports/{id}", job).retrieve()
                    .body(ReportJob.class), j -> j.getStatus() != ReportJob.StatusEnum.STARTING
                    && j.getStatus() != ReportJob.StatusEnum.STARTED);
            assertThat(done.getStatus()).as(done.getError()).isEqualTo(ReportJob.StatusEnum.COMPLETED);
            files.add(http.get().uri("/reports/{id}/file", job).retrieve().body(String.class));
        }
        var aef = files.stream().filter(f -> f.startsWith("Table 1: Submission")).toList();
        var btr = files.stream().filter(f -> f.startsWith("party,mode,row,label")).toList();
        assertThat(aef).hasSize(ORDERS / 2).containsOnly(aef.get(0));
        assertThat(btr).hasSize(ORDERS / 2).containsOnly(btr.get(0));
        assertThat(aef.get(0)).contains("\r\nMDG,1.0,2025,2026-04-15,2021,2030\r\n");
        assertThat(btr.get(0)).contains("TZA,tool-compatible,7,").contains(",1500.25");
    }

    /** Every order waits at one gate, so all fifty reach the gateway together. */
    private List<ResponseEntity<String>> placeAtOnce(RestClient http) throws Exception {
        var gate = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(ORDERS);
        try {
            var placed = new ArrayList<Future<ResponseEntity<String>>>();
            for (int i = 0; i < ORDERS; i++) {
                String kind = i % 2 == 0 ? "aef" : "btr";
                String body = i % 2 == 0 ? AEF : BTR;
                Callable<ResponseEntity<String>> order = () -> {
                    gate.await();
                    return http.post().uri("/reports/" + kind).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                            .toEntity(String.class);
                };
                placed.add(pool.submit(order));
            }
            gate.countDown();
            var answers = new ArrayList<ResponseEntity<String>>();
            for (var answer : placed) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
