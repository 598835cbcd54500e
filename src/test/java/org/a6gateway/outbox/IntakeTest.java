package org.a6gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A list of commands taken in at once leaves the outbox as the same commands taken in one by one
 * would: each key once, a rejected decision not proposed again, a newer decision on a subject
 * superseding the ones on it not sent yet (those stored and those earlier in the list), in order.
 */
@DataJpaTest(properties = "a6.simulator.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({Intake.class, IntakeTest.Approvals.class})
class IntakeTest {

    @TestConfiguration
    static class Approvals {
        @Bean
        @Primary
        ApprovalRules caFlagsApproved() {
            return new ApprovalRules(Set.of(CommandKind.CA_FLAG));
        }
    }

    private static final List<String> OPERATIONS = List.of(Operations.APPLY_LABEL, Operations.REMOVE_LABEL);
    /** Subjects as registries write them, and odd ones: quotes, a comma, non-Latin letters, outer spaces. */
    private static final List<String> SUBJECTS = List.of("GS 1303 93-4644", "VCS 2794 O'Brien, \"lot\" 1-10", " 한국 Ü–é ");
    /** Registries whose subjects may coincide: a command waits, or was rejected, at one registry only. */
    private static final List<String> REGISTRIES = List.of("verra", "gold-standard", "kvs");
    private static final List<String> STATES = List.of("PENDING", "DELIVERED", "DEAD", "REJECTED", "PROPOSED");

    @Autowired
    Intake intake;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    @Test
    void aListTakenAtOnceEndsAsItsCommandsTakenOneByOne() {
        var random = new Random(20261207);
        long offered = 0;
        long taken = 0;
        long superseded = 0;
        for (int round = 0; round < 200; round++) {
            var before = entries(random, random.nextInt(6));
            var states = before.stream().map(e -> STATES.get(random.nextInt(STATES.size()))).toList();
            var list = entries(random, random.nextInt(14));
            String atOnce = "r" + round + "a-";
            String oneByOne = "r" + round + "b-";

            stored(atOnce, before, states);
            stored(oneByOne, before, states);
            var takenAtOnce = intake.enqueue(in(atOnce, list));
            var takenOneByOne = new ArrayList<OutboxEntry>();
            in(oneByOne, list).forEach(entry -> takenOneByOne.addAll(intake.enqueue(List.of(entry))));
            entityManager.flush();

            assertThat(keys(takenAtOnce, atOnce)).as("round %d: what was taken", round).isEqualTo(keys(takenOneByOne, oneByOne));
            assertThat(rows(atOnce)).as("round %d: the outbox", round).isEqualTo(rows(oneByOne));
            offered += list.size();
            taken += takenAtOnce.size();
            superseded += rows(atOnce).stream().filter(row -> row.contains("SUPERSEDED")).count();
        }
        assertThat(taken).as("some entries were not taken").isPositive().isLessThan(offered);
        assertThat(superseded).as("some commands were superseded").isPositive();
    }

    @Test
    void aNewerDecisionSupersedesTheStoredOneAndTheOneBeforeItInTheListButNotAnotherOperation() {
        intake.enqueue(List.of(entry("k1", Operations.APPLY_LABEL, "S1", "p"), entry("k2", Operations.REMOVE_LABEL, "S1", "p")));
        entityManager.flush();

        var taken = intake.enqueue(List.of(entry("k3", Operations.APPLY_LABEL, "S1", "p"), entry("k1", Operations.APPLY_LABEL, "S1", "p"),
                entry("k4", Operations.APPLY_LABEL, "S1", "q"), entry("k4", Operations.APPLY_LABEL, "S1", "q")));
        entityManager.flush();

        assertThat(taken).extracting(OutboxEntry::idempotencyKey).containsExactly("k3", "k4");
        assertThat(rows("")).containsExactly("verra k1 applyLabel S1 SUPERSEDED (command k3)", "verra k2 removeLabel S1 PENDING",
                "verra k3 applyLabel S1 SUPERSEDED (command k4)", "verra k4 applyLabel S1 PENDING");
    }

    @Test
    void aRejectedDecisionIsNotProposedAgainUnderANewKeyButOneOnOtherGroundsIs() {
        intake.enqueue(List.of(flag("k1", "p"), entry("k2", Operations.APPLY_LABEL, "S2", "p")));
        entityManager.flush();
        jdbc.update("update outbox_command set status = 'REJECTED' where idempotency_key in ('k1', 'k2')");
        entityManager.clear();

        var taken = intake.enqueue(List.of(flag("k3", "p"), flag("k4", "q"), entry("k5", Operations.APPLY_LABEL, "S2", "p")));
        entityManager.flush();

        assertThat(taken).extracting(OutboxEntry::idempotencyKey).as("a label needs no approval: its rejection binds nothing")
                .containsExactly("k4", "k5");
        assertThat(rows("")).containsExactly("verra k1 applyLabel S1 REJECTED", "verra k2 applyLabel S2 REJECTED", "verra k4 applyLabel S1 PROPOSED",
                "verra k5 applyLabel S2 PENDING");
    }

    @Test
    void aRejectedEntryTakesNoKeySoALaterEntryUnderItIsTakenAsIfAlone() {
        intake.enqueue(List.of(flag("k1", "p")));
        entityManager.flush();
        jdbc.update("update outbox_command set status = 'REJECTED' where idempotency_key = 'k1'");
        entityManager.clear();

        var taken = intake.enqueue(List.of(flag("k2", "p"), flag("k2", "q")));
        entityManager.flush();

        assertThat(taken).extracting(OutboxEntry::payload).containsExactly("q");
        assertThat(rows("")).containsExactly("verra k1 applyLabel S1 REJECTED", "verra k2 applyLabel S1 PROPOSED");
    }

    private static OutboxEntry flag(String key, String payload) {
        return new OutboxEntry(key, "verra", Operations.APPLY_LABEL, "S1", payload, "test", null, null, CommandKind.CA_FLAG);
    }

    private void stored(String prefix, List<OutboxEntry> entries, List<String> states) {
        var taken = intake.enqueue(in(prefix, entries));
        entityManager.flush();
        entityManager.clear();
        for (int i = 0; i < entries.size(); i++) {
            jdbc.update("update outbox_command set status = ? where idempotency_key = ? and status <> 'SUPERSEDED'", states.get(i),
                    prefix + entries.get(i).idempotencyKey());
        }
        assertThat(taken).isNotNull();
    }

    private static List<OutboxEntry> entries(Random random, int count) {
        var entries = new ArrayList<OutboxEntry>();
        for (int i = 0; i < count; i++) {
            var operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
            var kind = random.nextInt(3) == 0 ? CommandKind.CA_FLAG : CommandKind.LABEL;
            var subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            var registry = REGISTRIES.get(random.nextInt(REGISTRIES.size()));
            entries.add(new OutboxEntry("k" + random.nextInt(8), registry, operation, subject, "p" + random.nextInt(2),
                    "test", null, null, kind));
        }
        return entries;
    }

    private static OutboxEntry entry(String key, String operation, String subject, String payload) {
        return new OutboxEntry(key, "verra", operation, subject, payload, "test", null, null);
    }

    /** The entries in a namespace of their own: keys and registry prefixed. */
    private static List<OutboxEntry> in(String prefix, List<OutboxEntry> entries) {
        return entries.stream().map(e -> new OutboxEntry(prefix + e.idempotencyKey(), prefix + e.registry(), e.operation(),
                e.subject(), e.payload(), e.cause(), e.jobExecutionId(), e.before(), e.kind())).toList();
    }

    private static List<String> keys(List<OutboxEntry> taken, String prefix) {
        return taken.stream().map(e -> e.idempotencyKey().substring(prefix.length())).toList();
    }

    /** Registry, key, operation, subject, status and what superseded it, in the order the commands would be sent. */
    private List<String> rows(String prefix) {
        return jdbc.query("select registry, idempotency_key, operation, subject, status, last_error from outbox_command "
                + "where registry like ? order by id", (rs, n) -> {
                    String error = rs.getString(6);
                    String by = error == null ? "" : " (" + error.substring(error.indexOf("command ")).replace(prefix, "");
                    return rs.getString(1).substring(prefix.length()) + " " + rs.getString(2).substring(prefix.length()) + " "
                            + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5) + by;
                }, prefix + "%");
    }
}
