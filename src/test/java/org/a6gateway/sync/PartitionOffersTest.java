package org.a6gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.a6gateway.sync.PartitionOffers.Offer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Offered partitions on the table the migration creates: each taken by one instance, given back, offered again when its taker died. */
class PartitionOffersTest {

    private PartitionOffers offers;
    private final JobExecution job = new JobExecution(7L);

    @BeforeEach
    void table() throws Exception {
        var jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:offers" + System.nanoTime(), "sa", "", true));
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/migration/common/V33__partition_offer.sql")));
        offers = new PartitionOffers(jdbc);
        offers.offer(List.of(partition(11, "verra"), partition(12, "gold-standard"), partition(13, "kvs")));
    }

    private StepExecution partition(long id, String registry) {
        var partition = new StepExecution("ingestRegistry:" + registry, job, id);
        partition.getExecutionContext().putString("registry", registry);
        return partition;
    }

    @Test
    void eachOfferIsTakenOnceWhoeverAsks() {
        var first = offers.take("a", 7L, List.of()).orElseThrow();
        var second = offers.take("b", null, List.of()).orElseThrow();
        var third = offers.take("a", 7L, List.of()).orElseThrow();

        assertThat(List.of(first, second, third)).extracting(Offer::registry).containsExactly("verra", "gold-standard", "kvs");
        assertThat(offers.take("b", null, List.of())).isEmpty();
        assertThat(offers.takers(7L)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aWorkerLeavesTheOffersOfJobsItsInstanceHandsOut() {
        assertThat(offers.take("a", null, Set.of(7L))).isEmpty();
        assertThat(offers.take("a", 8L, List.of())).isEmpty();
    }

    @Test
    void anOfferGivenBackOrTakenByADeadInstanceIsOpenAgainAndADoneOneIsNot() {
        var verra = offers.take("a", 7L, List.of()).orElseThrow();
        var gold = offers.take("dead", 7L, List.of()).orElseThrow();
        offers.giveBack(verra.stepExecutionId(), "a");
        offers.reofferTakenBy("dead", 7L);
        offers.done(offers.take("b", 7L, List.of()).orElseThrow().stepExecutionId());

        assertThat(offers.take("c", 7L, List.of())).map(Offer::stepExecutionId).contains(gold.stepExecutionId());
        assertThat(offers.take("c", 7L, List.of())).map(Offer::stepExecutionId).contains(13L);
        assertThat(offers.take("c", 7L, List.of())).isEmpty();
        assertThat(offers.takers(7L)).containsExactly("c");
    }
}
