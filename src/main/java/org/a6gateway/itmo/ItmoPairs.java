package org.a6gateway.itmo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.nationalrecords.ItmoWithdrawals;
import org.a6gateway.nationalrecords.PairConfirmations;
import org.a6gateway.nationalrecords.PairConfirmations.RegisteredPair;
import org.a6gateway.outbox.PairRegistrationRejected;
import org.a6gateway.outbox.PairRegistrationReopened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ITMO pairs: minted by the gateway, confirmed by the national registry's feed. Every change of
 * a pair (minted, confirmed, rejected or reopened by an officer) notes its authorization for the
 * decisions.
 */
@Service
public class ItmoPairs implements PairConfirmations {

    private final ItmoPairRows rows;
    private final Clock clock;
    private final DecisionChanges changes;
    private final PairTable tables;
    private final ItmoWithdrawals withdrawals;

    ItmoPairs(ItmoPairRows rows, Clock clock, DecisionChanges changes, PairTable tables, ItmoWithdrawals withdrawals) {
        this.rows = rows;
        this.clock = clock;
        this.changes = changes;
        this.tables = tables;
        this.withdrawals = withdrawals;
    }

    /**
     * What stands of every pair (withdrawn units taken off), in the order they were stored; a pair
     * whose registration an officer rejected stands for nothing.
     */
    @Transactional(readOnly = true)
    public List<StoredPair> all() {
        return StandingPairs.of(tables.pairs(false), withdrawals.all());
    }

    /** The parts of pairs the national registry withdrew, each as the pair of its ITMOs and units. */
    @Transactional(readOnly = true)
    public List<StoredPair> withdrawn() {
        return withdrawals.all().stream().map(w -> new StoredPair(w.part(), w.authorizationId(), true)).toList();
    }

    /**
     * Every pair as registered, withdrawn units included: an ITMO withdrawn is never minted again,
     * as the national registry still holds its identifier; nor is one whose registration an officer
     * rejected, or the units it holds, while the rejection stands.
     */
    @Transactional(readOnly = true)
    public List<StoredPair> registered() {
        return tables.pairs(true);
    }

    /** An officer rejected the pair's registration: it is never issued, and stands for nothing. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void rejected(PairRegistrationRejected rejection) {
        tables.reject(rejection.registration().firstItmoId(), clock.instant());
        changes.authorizationsChanged(List.of(rejection.registration().authorizationId()));
    }

    /** An officer reopened the pair's rejected registration: it stands again, its registration proposed anew. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopened(PairRegistrationReopened reopening) {
        tables.reopen(reopening.registration().firstItmoId());
        changes.authorizationsChanged(List.of(reopening.registration().authorizationId()));
    }

    /** Stores the pairs minted; their authorizations are noted for the decisions reading pairs. */
    @Transactional
    void minted(List<MintedPair> minted, Long job) {
        var now = clock.instant();
        rows.saveAll(minted.stream().map(m -> ItmoPairRow.minted(m, job, now)).toList());
        changes.authorizationsChanged(minted.stream().map(MintedPair::authorizationId).toList());
    }

    /**
     * The national registry shows these pairs registered (a page of its feed): one lookup for the
     * page and batched writes. A pair it holds that the gateway never minted is kept as well, for
     * the reconciliation. Returns how many changed anything; a pair twice in the page changes
     * something once. The authorizations of the pairs changed are noted for the decisions.
     */
    @Override
    @Transactional
    public int confirmAll(List<RegisteredPair> page) {
        var now = clock.instant();
        Map<String, ItmoPairRow> held = new HashMap<>();
        rows.findByFirstItmoIdIn(page.stream().map(RegisteredPair::firstItmoId).toList())
                .forEach(row -> held.put(row.firstItmoId(), row));
        int changed = 0;
        var touched = new ArrayList<String>();
        for (RegisteredPair registered : page) {
            var existing = held.get(registered.firstItmoId());
            if (existing == null) {
                var row = ItmoPairRow.foundOnNationalRegistry(registered.pair(), registered.authorizationId(), now);
                rows.save(row);
                held.put(registered.firstItmoId(), row);
                touched.add(registered.authorizationId());
                changed++;
            } else if (existing.confirm(now)) {
                touched.add(existing.authorizationId());
                changed++;
            }
        }
        changes.authorizationsChanged(touched);
        return changed;
    }

    public long count() {
        return rows.count();
    }
}
