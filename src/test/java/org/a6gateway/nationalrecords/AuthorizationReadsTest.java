package org.a6gateway.nationalrecords;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.units.Purpose;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * Every decision step reads the authorizations whole: their covered projects come a hundred
 * authorizations a statement, not one statement each (25,000 authorizations, twice a sync, were
 * 50,000 round trips).
 */
@DataJpaTest(properties = {"a6.simulator.enabled=false", "spring.jpa.properties.hibernate.generate_statistics=true"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AuthorizationStore.class, DecisionChanges.class})
class AuthorizationReadsTest {

    private static final int AUTHORIZATIONS = 450;

    @Autowired
    AuthorizationStore store;
    @Autowired
    EntityManager entityManager;

    private static AuthorizationRecord authorization(int i) {
        return new AuthorizationRecord("national-registry", "KOR-" + i, 1, AuthorizationStatus.ACTIVE, "KOR",
                LocalDate.of(2025, 1, 15), 2025, "CA0043", true, null, "GHG", null, null, Set.of(Purpose.NDC), null,
                FirstTransferDefinition.ISSUANCE, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(new CoveredActivity("KVS", "P-" + i, "KR"),
                new CoveredActivity("KVS", "Q-" + i, "KR")), false);
    }

    @Test
    void theAuthorizationsAreReadWholeInAFewStatementsWithEveryCoveredProject() {
        var stored = IntStream.range(0, AUTHORIZATIONS).mapToObj(AuthorizationReadsTest::authorization).toList();
        store.store("national-registry", stored);
        entityManager.flush();
        entityManager.clear();
        var statistics = entityManager.unwrap(Session.class).getSessionFactory().getStatistics();
        statistics.clear();

        var read = store.all();

        assertThat(read).hasSize(AUTHORIZATIONS);
        assertThat(read).extracting(AuthorizationRecord::coveredActivities)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(AuthorizationRecord::coveredActivities).toList());
        assertThat(statistics.getPrepareStatementCount()).as("statements for %d authorizations", AUTHORIZATIONS)
                .isLessThanOrEqualTo(1 + 1 + AUTHORIZATIONS / 100 + 1);
    }
}
