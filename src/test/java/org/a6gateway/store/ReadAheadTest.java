package org.a6gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reads come back in order, each read on the reader's thread while the one before it is used. */
class ReadAheadTest {

    final List<String> readOn = Collections.synchronizedList(new ArrayList<>());

    Supplier<Integer> read(int i) {
        return () -> {
            readOn.add(i + " " + Thread.currentThread().getName());
            return i;
        };
    }

    @Test
    void readsComeBackInTheirOrderReadOnTheReadersThread() {
        try (var ahead = new ReadAhead<>("labels", 1, IntStream.range(0, 5).mapToObj(this::read).toList())) {
            var taken = new ArrayList<Integer>();
            while (ahead.hasNext()) {
                taken.add(ahead.next());
            }
            assertThat(taken).containsExactly(0, 1, 2, 3, 4);
            assertThatThrownBy(ahead::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(readOn).containsExactly("0 labels-read-ahead-1", "1 labels-read-ahead-1", "2 labels-read-ahead-1",
                "3 labels-read-ahead-1", "4 labels-read-ahead-1");
    }

    @Test
    void withSeveralReadersReadsRunAtOnceAndComeBackInTheirOrderWhicheverEndsFirst() {
        // the first read ends only once the second and third have started: one reader alone would never get there
        var othersStarted = new CountDownLatch(2);
        Supplier<Integer> first = () -> {
            try {
                return othersStarted.await(10, TimeUnit.SECONDS) ? 0 : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        };
        Supplier<Integer> other1 = () -> {
            othersStarted.countDown();
            return 1;
        };
        Supplier<Integer> other2 = () -> {
            othersStarted.countDown();
            return 2;
        };
        try (var ahead = new ReadAhead<>("flags", 3, List.of(first, other1, other2, read(3)))) {
            var taken = new ArrayList<Integer>();
            while (ahead.hasNext()) {
                taken.add(ahead.next());
            }
            assertThat(taken).containsExactly(0, 1, 2, 3);
        }
    }

    @Test
    void theNextReadRunsWhileTheCallerStillUsesTheOneBefore() throws InterruptedException {
        var secondStarted = new CountDownLatch(1);
        Supplier<Integer> second = () -> {
            secondStarted.countDown();
            return 2;
        };
        try (var ahead = new ReadAhead<>("minting", 1, List.of(read(1), second))) {
            assertThat(ahead.next()).isEqualTo(1);
            // the caller has not asked for the second yet: it is being read all the same
            assertThat(secondStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ahead.next()).isEqualTo(2);
        }
    }

    @Test
    void aFailedReadIsThrownWhereItIsTakenAndTheReadsBeforeItAreKept() {
        var failure = new IllegalStateException("the database went away");
        Supplier<Integer> failing = () -> {
            throw failure;
        };
        try (var ahead = new ReadAhead<>("flags", 2, List.of(read(1), failing, read(3)))) {
            assertThat(ahead.next()).isEqualTo(1);
            assertThatThrownBy(ahead::next).isSameAs(failure);
        }
    }

    @Test
    void batchesKeepTheItemsInOrderTheLastOneShorter() {
        assertThat(ReadAhead.batches(List.of(1, 2, 3, 4, 5), 2)).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
        assertThat(ReadAhead.batches(List.of(), 2)).isEmpty();
    }
}
