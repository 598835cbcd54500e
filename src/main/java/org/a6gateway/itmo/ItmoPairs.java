package org.a6gateway.itmo;

import java.time.Clock;
import java.util.List;
import org.a6gateway.units.ItmoPair;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ITMO pairs: minted by the gateway, confirmed by the national registry's feed. */
@Service
public class ItmoPairs {

    private final ItmoPairRows rows;
    private final Clock clock;

    ItmoPairs(ItmoPairRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StoredPair> all() {
        return rows.findAllByOrderById().stream().map(ItmoPairRow::toStored).toList();
    }

    @Transactional
    void minted(List<MintedPair> minted, Long job) {
        var now = clock.instant();
        rows.saveAll(minted.stream().map(m -> ItmoPairRow.minted(m, job, now)).toList());
    }

    /**
     * The national registry shows the pair registered. Returns whether that changed anything: a
     * pair it holds that the gateway never minted is kept as well, for the reconciliation.
     */
    @Transactional
    public boolean confirm(ItmoPair pair, String authorizationId) {
        var existing = rows.findByFirstItmoId(pair.itmo().first().toString());
        if (existing.isPresent()) {
            return existing.get().confirm(clock.instant());
        }
        rows.save(ItmoPairRow.foundOnNationalRegistry(pair, authorizationId, clock.instant()));
        return true;
    }

    public long count() {
        return rows.count();
    }
}
