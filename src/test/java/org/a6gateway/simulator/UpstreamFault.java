package org.a6gateway.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One column of the fault matrix: what a registry does to a request, and how many requests in a
 * row it does it to before it answers properly again. The answers are WireMock's: status codes,
 * delays past the test's read timeout (3 s, generous for a loaded machine), cut connections, bodies that are not JSON or
 * stop half-way, a page dribbled slowly but within the timeout, and an outage of several requests.
 * {@code answer} builds the proper answer (the simulator's), for the faults that still let the
 * registry do its work — a timed-out write was applied, and its retry is answered as a replay.
 */
enum UpstreamFault {

    HTTP_500(1, proper -> aResponse().withStatus(500).withBody("{\"title\":\"boom\"}")),
    HTTP_503_TWICE(2, proper -> aResponse().withStatus(503).withHeader("Retry-After", "0").withBody("{\"title\":\"maintenance\"}")),
    TIMEOUT(1, proper -> proper.withFixedDelay(5_000)),
    CONNECTION_RESET(1, proper -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
    EMPTY_RESPONSE(1, proper -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
    MALFORMED_JSON(1, proper -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"items\": [ {\"blockId\":")),
    TRUNCATED_BODY(1, proper -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
    RANDOM_DATA_THEN_CLOSE(1, proper -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
    /** Dribbled over ~200 ms, each read well within the timeout: not a fault, and never retried. */
    SLOW_PAGE(0, proper -> proper),
    /** The registry goes down for three requests in a row, then comes back (within the retries). */
    DOWN_THEN_BACK(3, proper -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
    /** Down for longer than a push retries: that command is dead-lettered, and a replay delivers it. */
    DOWN_PAST_RETRIES(4, proper -> aResponse().withStatus(503).withBody("{\"title\":\"down\"}"));

    /** Requests in a row that meet the fault before the registry answers properly. */
    final int failures;
    private final Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> failure;

    UpstreamFault(int failures, Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> failure) {
        this.failures = failures;
        this.failure = failure;
    }

    /** The answers, in order, the registry gives this fault's requests: the failures, then the proper one. */
    List<ResponseDefinitionBuilder> answers(Supplier<ResponseDefinitionBuilder> proper) {
        if (this == SLOW_PAGE) {
            return List.of(proper.get().withChunkedDribbleDelay(5, 200));
        }
        var answers = new ArrayList<ResponseDefinitionBuilder>();
        for (int i = 0; i < failures; i++) {
            answers.add(failure.apply(proper.get()));
        }
        answers.add(proper.get());
        return answers;
    }
}
