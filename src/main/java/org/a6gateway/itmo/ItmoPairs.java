package org.a6gateway.itmo;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * {@link #confirm} for a page of the feed's pairs: one lookup for the page and batched writes.
     * Returns how many changed anything; a pair twice in the page changes something once.
     */
    @Transactional
    public int confirmAll(List<Registered> page) {
        var now = clock.instant();
        Map<String, ItmoPairRow> held = new HashMap<>();
        rows.findByFirstItmoIdIn(page.stream().map(Registered::firstItmoId).toList())
                .forEach(row -> held.put(row.firstItmoId(), row));
        int changed = 0;
        for (Registered registered : page) {
            var existing = held.get(registered.firstItmoId());
            if (existing == null) {
                var row = ItmoPairRow.foundOnNationalRegistry(registered.pair(), registered.authorizationId(), now);
                rows.save(row);
                held.put(registered.firstItmoId(), row);
                changed++;
            } else if (existing.confirm(now)) {
                changed++;
            }
        }
        return changed;
    }

    /** A pair the national registry shows registered, under its authorization. */
    public record Registered(ItmoPair pair, String authorizationId) {

        String firstItmoId() {
            return pair.itmo().first().toString();
        }
    }

    public long count() {
        return rows.count();
    }
}
