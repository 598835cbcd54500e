package org.a6gateway.reporting;

import java.util.List;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.NationalRecords;
import org.a6gateway.units.Party;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of a Party's authorizations as the gateway holds them ({@link Table4Units}): every
 * stored block streamed once, in serial order, so that units under two block ids count once.
 */
@Service
public class Table4Source {

    private final BlockStore blocks;
    private final AuthorizationStore authorizations;
    private final NationalRecords national;

    Table4Source(BlockStore blocks, AuthorizationStore authorizations, NationalRecords national) {
        this.blocks = blocks;
        this.authorizations = authorizations;
        this.national = national;
    }

    @Transactional(readOnly = true)
    public List<ReportedUnits> unitsOf(Party party) {
        var units = new Table4Units(party, authorizations.all(), national.firstTransfers());
        blocks.forEachInSerialOrder(BlockQuery.NUMBERED_ACROSS_ISSUANCES, units::add);
        return units.units();
    }
}
