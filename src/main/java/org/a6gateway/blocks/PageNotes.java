package org.a6gateway.blocks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.a6gateway.jobs.DecisionChanges.ChangedIssuance;
import org.a6gateway.jobs.DecisionChanges.ChangedProject;

/** What a stored page notes for the decisions and the reconciliation ({@link org.a6gateway.jobs.DecisionChanges}). */
final class PageNotes {

    private PageNotes() {
    }

    /** A transfer between holders (a block as stored, and its new version) concerns no decision: its row changes alone. */
    static boolean onlyTransferred(BlockRecord before, BlockRecord now) {
        return before != null && before.differsOnlyInHolder(now);
    }

    /**
     * The projects the decisions must look at again: those of new blocks, and of changed ones
     * (transfers left out, which no decision reads) as they were and as they are.
     */
    static List<ChangedProject> projectsToDecide(Collection<BlockRecord> fresh, Collection<BlockRecord> updated,
                                                 Map<String, BlockRecord> before) {
        var blocks = new ArrayList<>(fresh);
        for (BlockRecord now : updated) {
            blocks.add(now);
            if (before.containsKey(now.blockId())) {
                blocks.add(before.get(now.blockId()));
            }
        }
        return blocks.stream().map(b -> new ChangedProject(b.program(), b.projectId(), b.hostCountry())).toList();
    }

    /** The issuances the reconciliation must compare again: of every block new or changed, as it was and as it is. */
    static List<ChangedIssuance> issuancesToCompare(Collection<BlockRecord> fresh, Collection<BlockRecord> changed,
                                                    Collection<BlockRecord> before) {
        return Stream.of(fresh, changed, before).flatMap(Collection::stream)
                .map(b -> new ChangedIssuance(b.program(), b.issuanceId())).toList();
    }
}
