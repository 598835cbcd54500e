package org.a6gateway.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dry run polled while it ends: read as running, or as ended with every command it found
 * counted, never as completed with none (the poller would take an empty result for the answer).
 */
@DataJpaTest(properties = "a6.simulator.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DryRunRecordsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRunEndingBetweenThePollsReadsIsRunningOrCompletedWithItsCountsNeverCompletedWithNone() {
        var store = new DryRunRecords(dataSource, new TransactionTemplate(transactions), json);
        long id = store.open("officer", "instance-1", Instant.parse("2026-12-07T08:00:00Z"));
        var report = DryRunReport.of(7, "COMPLETED", null, List.of(command("verra", "applyLabel"), command("verra", "applyLabel"),
                command("national-registry", "mintItmos")), Map.of());
        var polling = new DryRunRecords(endingOnItsSecondRead(() -> store.complete(id, report, Instant.now())),
                new TransactionTemplate(transactions), json);

        var whileEnding = polling.find(id).orElseThrow().view();
        var after = polling.find(id).orElseThrow().view();

        assertThat(List.of(whileEnding, after)).allSatisfy(view -> {
            if (!"RUNNING".equals(view.status())) {
                assertThat(view.byRegistry().values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum())
                        .as(view.toString()).isEqualTo(view.total());
            }
        });
        assertThat(after.status()).isEqualTo("COMPLETED");
        assertThat(after.byRegistry()).isEqualTo(Map.of("national-registry", Map.of("mintItmos", 1), "verra", Map.of("applyLabel", 2)));
    }

    private DryRunReport.Command command(String registry, String operation) {
        return new DryRunReport.Command(registry, operation, "LABEL", "S1", json.createObjectNode(), "WOULD_SEND");
    }

    /** The store, but the run ends (committed on another connection) just before the second statement prepared through it. */
    private DataSource endingOnItsSecondRead(Runnable end) {
        var prepared = new ArrayList<String>();
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                var connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("prepareStatement")) {
                                prepared.add((String) args[0]);
                                if (prepared.size() == 2) {
                                    end.run();
                                }
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
