package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code requests list} with a read-only Gold Standard registry configured and nothing decided
 * yet: an empty list (or CSV header), and a registry that is not a read-only one is a clear error
 * with a non-zero exit. The requests themselves are told in OperatorRequestsApiIT.
 */
class RequestsCommandIT {

    /** One store for the class: listing only reads it. */
    private static final String DATABASE = "-Pa6.test.database=requests" + System.nanoTime();

    private CliRun requests(String... args) {
        var all = new ArrayList<>(List.of("requests", "list", DATABASE,
                "-Pa6.registries[0].id=gold-standard", "-Pa6.registries[0].role=private",
                "-Pa6.registries[0].protocol=gs-public-api", "-Pa6.registries[0].url=http://127.0.0.1:1",
                "-Pa6.registries[1].id=national-registry", "-Pa6.registries[1].role=national",
                "-Pa6.registries[1].url=http://127.0.0.1:1/v1"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void nothingDecidedIsAnEmptyList_AsTableOrCsv() {
        var table = requests();
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines()).singleElement().asString().startsWith("id ").contains("serial", "days");

        var csv = requests("--csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).isEqualTo("request,registry,action,serial,units,label_text,authorization,first_itmo_id,"
                + "last_itmo_id,requested_at,age_days\r\n");
    }

    @Test
    void aRegistryThatIsNotReadOnlyIsNamedAsSuch() {
        var run = requests("--registry", "national-registry");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no read-only registry 'national-registry' is configured (read-only: gold-standard)");
    }
}
