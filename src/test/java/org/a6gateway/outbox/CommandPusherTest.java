package org.a6gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Acknowledgements are recorded in groups, in the order the registry gave them: each command once,
 * counted as delivered only once recorded; a group that could not be recorded stays pending.
 */
class CommandPusherTest {

    private static final int GROUP = CommandPusher.ACKNOWLEDGEMENTS_PER_COMMIT;

    private final Outbox outbox = mock(Outbox.class);
    private final List<List<Long>> recorded = new ArrayList<>();
    private final CommandPusher pusher = new CommandPusher(outbox, "verra",
            new Breakers(new PushProperties(3, 1, 10, 5, 30_000), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                    new SimpleMeterRegistry())) {
        @Override
        protected String send(PendingCommand command) {
            return "answer to " + command.id();
        }
    };

    CommandPusherTest() {
        when(outbox.now()).thenReturn(Instant.EPOCH);
        doAnswer(call -> {
            List<Acknowledgement> group = call.getArgument(0);
            assertThat(group).allSatisfy(a -> assertThat(a.registryAnswer()).isEqualTo("answer to " + a.commandId()));
            recorded.add(group.stream().map(Acknowledgement::commandId).toList());
            return null;
        }).when(outbox).delivered(anyList());
    }

    @Test
    void everyCommandIsRecordedOnceInOrderAGroupAtATimeAndTheRestWithTheResult() {
        int commands = 2 * GROUP + 7;
        when(outbox.pending("verra", 100_000)).thenReturn(commands(1, commands));

        pusher.start().forEach(pusher::deliver);
        assertThat(recorded).as("full groups, as they fill").hasSize(2);
        var result = pusher.result();

        assertThat(recorded).extracting(List::size).containsExactly(GROUP, GROUP, 7);
        assertThat(recorded.stream().flatMap(List::stream)).containsExactlyElementsOf(ids(1, commands));
        assertThat(result.delivered()).isEqualTo(commands);
    }

    @Test
    void aGroupThatCannotBeRecordedIsNeitherCountedNorRecordedLater() {
        when(outbox.pending("verra", 100_000)).thenReturn(commands(1, GROUP + 3));
        var commands = pusher.start();
        doThrow(new IllegalStateException("database gone")).when(outbox).delivered(anyList());
        commands.subList(0, GROUP - 1).forEach(pusher::deliver);

        assertThatThrownBy(() -> pusher.deliver(commands.get(GROUP - 1))).hasMessage("database gone");
        reRecording();
        commands.subList(GROUP, commands.size()).forEach(pusher::deliver);
        var result = pusher.result();

        assertThat(recorded).containsExactly(ids(GROUP + 1, GROUP + 3));
        assertThat(result.delivered()).as("what is recorded, not what was sent").isEqualTo(3);
    }

    @Test
    void aNewPushForgetsWhatAnAbortedOneHadNotRecorded() {
        when(outbox.pending("verra", 100_000)).thenReturn(commands(1, 3), commands(1, 3));
        pusher.start().forEach(pusher::deliver);

        pusher.start().forEach(pusher::deliver);
        pusher.result();

        assertThat(recorded).containsExactly(ids(1, 3));
    }

    private void reRecording() {
        doAnswer(call -> {
            List<Acknowledgement> group = call.getArgument(0);
            recorded.add(group.stream().map(Acknowledgement::commandId).toList());
            return null;
        }).when(outbox).delivered(anyList());
    }

    private static List<PendingCommand> commands(long first, long last) {
        return LongStream.rangeClosed(first, last)
                .mapToObj(id -> new PendingCommand(id, "key-" + id, "verra", Operations.APPLY_LABEL, "S-" + id, "{}", "test", 0))
                .toList();
    }

    private static List<Long> ids(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }
}
