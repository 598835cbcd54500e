package org.a6gateway.api;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.a6gateway.client.api.LedgerApi;
import org.a6gateway.client.model.LedgerEventView;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

/** The ledger for auditors through the generated client: its 1,659 events after one sync, read by cursor, and its chain verified. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class LedgerApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    LedgerApi ledger;

    @BeforeEach
    void synced() {
        SyncedGateway.syncOnce(context, port);
        ledger = new LedgerApi(ApiAccess.client(context, port, "AUDITOR"));
    }

    @Test
    void theEventsAreReadInOrderByCursorEachChainedToTheOneBefore() {
        var events = new ArrayList<LedgerEventView>();
        Long cursor = 0L;
        int calls = 0;
        while (cursor != null) {
            var page = ledger.listLedgerEvents(cursor, 1000, null);
            events.addAll(page.getItems());
            cursor = page.getNext();
            calls++;
        }

        assertThat(calls).isEqualTo(2);
        assertThat(events).hasSize(1659);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).getSequence()).isEqualTo(i + 1L);
            assertThat(events.get(i).getPreviousHash()).isEqualTo(i == 0 ? "0".repeat(64) : events.get(i - 1).getHash());
        }
        var tail = ledger.listLedgerEvents(1650L, 100, null);
        assertThat(tail.getItems()).hasSize(9);
        assertThat(tail.getNext()).isNull();
    }

    @Test
    void theVerificationWalksTheWholeChain() {
        var verification = ledger.verifyLedger();

        assertThat(verification.getIntact()).isTrue();
        assertThat(verification.getEvents()).isEqualTo(1659);
        assertThat(verification.getFirstBrokenEvent()).isNull();
    }

    @Test
    void aBadCursorOrLimitIsAProblem400NamingTheField() {
        var http = ApiAccess.http(context, port, "AUDITOR");

        assertProblem(http.get().uri("/ledger/events?limit=1001").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'limit'");
        assertProblem(http.get().uri("/ledger/events?after=-1").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'after'");
        assertProblem(http.get().uri("/ledger/events?after=first").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "after");
    }
}
