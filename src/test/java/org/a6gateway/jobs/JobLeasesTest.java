package org.a6gateway.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The job lease on the V8 migration's table, on H2 or, in the PostgreSQL suite, on a schema of its
 * own: one holder at a time, a lease kept alive by its renewals, free again when its holder ends
 * the run, when it expires, or at once when its holder is a dead process on this host.
 */
class JobLeasesTest {

    private JdbcTemplate jdbc;
    private final List<JobLeases> instances = new ArrayList<>();

    @BeforeEach
    void database() throws Exception {
        jdbc = new JdbcTemplate(dataSource());
        String migration = Files.readString(Path.of("src/main/resources/db/migration/common/V8__instance_lease.sql"));
        for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
    }

    @AfterEach
    void stop() {
        instances.forEach(JobLeases::destroy);
    }

    @Test
    void oneInstanceHoldsAJobsLeaseUntilItsRunsEnd() {
        var first = instance(true);
        var second = instance(true);

        assertThat(first.beginRun("sync")).isZero();
        assertThat(first.beginRun("sync")).as("a second run here counts the runs going").isEqualTo(1);
        assertThatThrownBy(() -> second.beginRun("sync")).isInstanceOf(LeaseHeldElsewhere.class)
                .hasMessageContaining(first.instanceId());
        assertThat(second.beginRun("reconcile")).as("another job's lease").isZero();

        first.endRun("sync");
        assertThat(second.pin("sync")).as("still one run going on the first").isFalse();
        first.endRun("sync");
        assertThat(second.pin("sync")).isTrue();
        assertThatThrownBy(() -> first.beginRun("sync")).isInstanceOf(LeaseHeldElsewhere.class);
    }

    @Test
    void aRenewedLeaseOutlivesItsDurationAndAnAbandonedOneExpires() {
        var holder = instance(true);
        var standby = instance(true);
        assertThat(holder.pin("sync")).isTrue();
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4)).until(() -> !standby.pin("sync"));

        // A holder on another host that stopped renewing (killed): its lease expires.
        new InstanceLeaseTable(jdbc).release("job:sync", holder.instanceId());
        holder.unpin("sync");
        assertThat(new InstanceLeaseTable(jdbc).acquire("job:sync", "elsewhere/1/dead", Duration.ofSeconds(1))).isTrue();
        assertThat(standby.pin("sync")).isFalse();
        await().atMost(Duration.ofMinutes(5)).until(() -> standby.pin("sync"));
    }

    @Test
    void aDeadProcessOnThisHostIsTakenOverAtOnceWhenAllowed() throws Exception {
        var exited = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").start();
        exited.waitFor();
        var me = instance(true);
        String host = me.instanceId().substring(0, me.instanceId().indexOf('/'));
        var table = new InstanceLeaseTable(jdbc);
        assertThat(table.acquire("job:sync", host + "/" + exited.pid() + "/deadbeef", Duration.ofMinutes(5))).isTrue();

        assertThatThrownBy(() -> instance(false).beginRun("sync")).as("waits for the expiry").isInstanceOf(LeaseHeldElsewhere.class);
        assertThat(me.beginRun("sync")).isZero();
        assertThat(table.find("job:sync")).get().extracting(InstanceLeaseTable.Lease::holder).isEqualTo(me.instanceId());
    }

    /** Leases of ten seconds renewed every half second: a holder starved of CPU for seconds still keeps its lease. */
    private JobLeases instance(boolean takeOverDeadLocalHolders) {
        var leases = new JobLeases(new InstanceLeaseTable(jdbc),
                new LeaseProperties(Duration.ofSeconds(10), Duration.ofMillis(500), takeOverDeadLocalHolders));
        instances.add(leases);
        return leases;
    }

    /** In the PostgreSQL suite, a schema of its own on the suite's server; otherwise an H2 database in memory. */
    private static DataSource dataSource() throws Exception {
        String name = "leases" + UUID.randomUUID().toString().replace("-", "");
        if (!"postgres".equals(System.getenv("SPRING_PROFILES_ACTIVE"))) {
            return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/a6gateway");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "a6gateway");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "a6gateway");
        var server = new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password);
        new JdbcTemplate(server).execute("create schema " + name);
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
                user, password);
    }
}
