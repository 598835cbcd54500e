package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.OutboxEntry;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The labels step fails half-way through its decisions; Spring Batch restarts the run, and it
 * ends exactly as an uninterrupted run: every command enqueued once, delivered once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class LabelsStepRestartIT {

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    SyncRuns runs;

    @Autowired
    Ledger ledger;

    @MockitoSpyBean
    Outbox outbox;

    @Test
    void aRunThatFailedInTheLabelsStepRestartsToTheSameEndState() {
        var enqueued = new AtomicInteger();
        doAnswer(call -> {
            List<OutboxEntry> entries = call.getArgument(0);
            int before = enqueued.getAndAdd(entries.size());
            if (before < 500 && before + entries.size() >= 500) {
                throw new IllegalStateException("the database went away");
            }
            return call.callRealMethod();
        }).when(outbox).enqueueAll(any());

        var failed = runs.runNow();

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).contains("the database went away");
        assertThat(outbox.pendingCount()).as("the step's transaction rolled back").isZero();

        var restarted = runs.restart(failed.id());

        assertThat(restarted.id()).isNotEqualTo(failed.id());
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        // The same end as an uninterrupted run (SyncEndToEndIT): every command decided and delivered once.
        assertThat(restarted.summary().labelsApplied()).isEqualTo(940);
        assertThat(restarted.summary().labelsRemoved()).isEqualTo(2);
        assertThat(restarted.summary().itmoIdsMinted()).isEqualTo(355);
        assertThat(restarted.summary().caFlagsApplied()).isEqualTo(3);
        assertThat(restarted.summary().pushed()).isEqualTo(1659);
        assertThat(restarted.summary().blocks()).isEqualTo(637);
        assertThat(ledger.count()).isEqualTo(1659);
        var writesPerKey = simulators().servers().stream().flatMap(server -> server.getAllServeEvents().stream())
                .filter(e -> e.getRequest().getMethod().getName().equals("POST"))
                .collect(Collectors.groupingBy(e -> e.getRequest().getHeader("Idempotency-Key"), Collectors.counting()));
        assertThat(writesPerKey).hasSize(1659).allSatisfy((key, writes) -> assertThat(writes).isEqualTo(1));
    }

    private RegistrySimulators simulators() {
        var started = (SimulatorEnvironment.Started) environment.getPropertySources().get(SimulatorEnvironment.SOURCE);
        return started.simulators;
    }
}
