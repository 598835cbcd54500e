package org.a6gateway.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The page fetched ahead is used only for the cursor it was fetched for, and fails as a fetch then would. */
class PageAheadTest {

    final List<String> fetchedOn = Collections.synchronizedList(new ArrayList<>());
    final PageAhead<FeedPage> ahead = new PageAhead<>("vcm-registry");

    Supplier<FeedPage> page(String next) {
        return () -> {
            fetchedOn.add(Thread.currentThread().getName());
            return new FeedPage(JsonNodeFactory.instance.arrayNode(), next, true);
        };
    }

    @Test
    void thePageFetchedAheadForTheCursorIsTakenWithoutFetchingAgain() {
        ahead.fetch("c2", page("c3"));

        var taken = ahead.take("c2", page("never"));

        assertThat(taken.nextCursor()).isEqualTo("c3");
        assertThat(fetchedOn).containsExactly("vcm-registry-page-ahead");
    }

    @Test
    void aPageFetchedAheadForAnotherCursorOrForgottenIsNotUsed() {
        ahead.fetch("c2", page("c3"));
        assertThat(ahead.take("c1", page("c2")).nextCursor()).isEqualTo("c2");
        assertThat(ahead.take("c2", page("c3 now")).nextCursor()).as("dropped when another was asked for").isEqualTo("c3 now");

        ahead.fetch("c5", page("c6"));
        ahead.forget();
        assertThat(ahead.take("c5", page("c6 now")).nextCursor()).isEqualTo("c6 now");
        assertThat(fetchedOn).filteredOn(thread -> !thread.endsWith("page-ahead")).as("fetched now, on the caller's thread").hasSize(3);
    }

    @Test
    void aFailureFetchingAheadIsThrownWhereThePageIsTakenAsTheSameFailure() {
        var failure = new UpstreamFailure("vcm-registry", "http://registry/v1/blocks/changes?cursor=c2", "answered 503",
                new IllegalStateException("down"));
        ahead.fetch("c2", () -> {
            throw failure;
        });

        assertThatThrownBy(() -> ahead.take("c2", page("never"))).isSameAs(failure);
        assertThat(ahead.take("c2", page("c3")).nextCursor()).as("a retry fetches again").isEqualTo("c3");
    }
}
