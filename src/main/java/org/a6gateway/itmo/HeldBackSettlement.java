package org.a6gateway.itmo;

import org.a6gateway.store.ColumnWidth;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.a6gateway.ledger.Sha256;
import org.a6gateway.store.AnyOf;
import org.a6gateway.store.Fingerprints;
import org.a6gateway.store.PooledIds;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One run's statement of what it held back of one kind, given in parts as the run decides them.
 * Records seen before stay as they are (a resolved one opens again), new ones are inserted, and
 * when the run ends the open records it did not state are marked resolved. Only the ids of the
 * records stated are remembered, 8 bytes each: a million-block run holds back ~475,000 records,
 * whose rows as entities (and their keys in a map) would not fit beside the rest in 512 MB.
 * Runs inside the caller's transaction.
 */
public final class HeldBackSettlement {

    private static final int PART = 1_000;
    /** The subject column's width (V4). */
    private static final int SUBJECT_LENGTH = 300;

    private final NamedParameterJdbcTemplate jdbc;
    private final HeldBack.Kind kind;
    private final Instant now;
    private final Map<String, HeldBack> pending = new LinkedHashMap<>();
    private final HeldBackTally tally;
    /** In a first fill (no record of the kind before the run), the keys this run inserted; otherwise null. */
    private final Fingerprints inserted;
    private long[] seen = new long[PART];
    private int seenCount;

    HeldBackSettlement(NamedParameterJdbcTemplate jdbc, HeldBack.Kind kind, Instant now, boolean firstFill) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.now = now;
        this.tally = new HeldBackTally(jdbc, kind);
        this.inserted = firstFill ? new Fingerprints() : null;
    }

    public void add(List<HeldBack> records) {
        for (HeldBack record : records) {
            pending.putIfAbsent(key(record), record);
            if (pending.size() >= PART) {
                flush();
            }
        }
    }

    /** Marks resolved every open record of the kind this run did not state. */
    public void finish() {
        flush();
        settle(open -> jdbc.query("select id, reason from held_back where kind = :kind and resolved_at is null",
                Map.of("kind", kind.name()), open));
    }

    /**
     * As {@link #finish()} for a run that decided again only these authorizations: their open
     * records it did not state are resolved, the others' are left as they are.
     */
    public void finishForAuthorizations(Collection<String> authorizationIds) {
        finishWhere("authorization_id", authorizationIds);
    }

    /** As {@link #finishForAuthorizations} for a run that decided again only these subjects. */
    public void finishForSubjects(Collection<String> subjects) {
        finishWhere("subject", subjects.stream().map(s -> ColumnWidth.prefix(s, SUBJECT_LENGTH)).toList());
    }

    /**
     * The kind's open records with these values in the column, looked up through its index (V24): a
     * run that decided a few authorizations again read all ~475,000 open records of a million-block
     * registry to find theirs (0.8 s of each incremental sync's minting).
     */
    private void finishWhere(String column, Collection<String> values) {
        flush();
        var distinct = List.copyOf(new HashSet<>(values)); // a value in two parts would resolve its records twice
        settle(open -> AnyOf.inParts(distinct, part -> jdbc.query("select id, reason from held_back where "
                + AnyOf.in(column, "values") + " and kind = :kind and resolved_at is null",
                new MapSqlParameterSource("kind", kind.name()).addValue("values", AnyOf.texts(part)), open)));
    }

    /**
     * Resolves the open records this run did not state, of those the query streams (id, reason).
     * In a first fill every open record is one this run stated: nothing to read.
     */
    private void settle(Consumer<RowCallbackHandler> openRecords) {
        if (inserted != null) {
            tally.write();
            return;
        }
        Arrays.sort(seen, 0, seenCount);
        var gone = new ArrayList<Long>();
        openRecords.accept(row -> {
            long id = row.getLong(1);
            if (Arrays.binarySearch(seen, 0, seenCount, id) < 0) {
                gone.add(id);
                tally.resolved(row.getString(2));
            }
        });
        var at = Timestamp.from(now);
        AnyOf.inParts(gone, ids -> jdbc.update("update held_back set resolved_at = :now where " + AnyOf.in("id", "ids"),
                new MapSqlParameterSource("now", at).addValue("ids", AnyOf.longs(ids))));
        tally.write();
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        var reopen = new ArrayList<Long>();
        var known = new HashSet<String>();
        AnyOf.inParts(pending.keySet().stream().filter(this::mayBeStored).toList(), keys -> jdbc.query("select id, record_key, resolved_at from held_back"
                + " where " + AnyOf.in("record_key", "keys"), Map.of("keys", AnyOf.texts(keys)), row -> {
                    remember(row.getLong(1));
                    known.add(row.getString(2));
                    if (row.getTimestamp(3) != null) {
                        reopen.add(row.getLong(1));
                        tally.opened(pending.get(row.getString(2)).reason().name());
                    }
                }));
        AnyOf.inParts(reopen, ids -> jdbc.update("update held_back set resolved_at = null where " + AnyOf.in("id", "ids"),
                Map.of("ids", AnyOf.longs(ids))));
        var fresh = pending.entrySet().stream().filter(e -> !known.contains(e.getKey())).toList();
        if (!fresh.isEmpty()) {
            insert(fresh);
        }
        fresh.forEach(e -> tally.opened(e.getValue().reason().name()));
        tally.write();
        pending.clear();
    }

    /** A record of this key may be stored: any, unless in a first fill this run has not inserted it. */
    private boolean mayBeStored(String key) {
        return inserted == null || inserted.mayContain(key);
    }

    /**
     * Inserts the new records with ids from held_back_seq (V26), remembered as they are handed
     * out: with identity ids, each part's rows were looked up again by key to learn them. The
     * values are bound by position: a map of named values per row cost more than its insert.
     */
    private void insert(List<Map.Entry<String, HeldBack>> fresh) {
        var at = Timestamp.from(now);
        var ids = PooledIds.next(jdbc.getJdbcTemplate(), "held_back_seq", fresh.size());
        jdbc.getJdbcTemplate().batchUpdate("insert into held_back (id, record_key, kind, subject, authorization_id, reason,"
                + " detail, first_seen_at) values (?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement row, int i) throws SQLException {
                        var record = fresh.get(i).getValue();
                        row.setLong(1, ids[i]);
                        row.setString(2, fresh.get(i).getKey());
                        row.setString(3, kind.name());
                        row.setString(4, ColumnWidth.prefix(record.subject(), SUBJECT_LENGTH));
                        row.setString(5, record.authorizationId());
                        row.setString(6, record.reason().name());
                        row.setString(7, ColumnWidth.fit(record.detail(), 1000));
                        row.setTimestamp(8, at);
                    }

                    @Override
                    public int getBatchSize() {
                        return fresh.size();
                    }
                });
        for (int i = 0; i < ids.length; i++) {
            remember(ids[i]);
            if (inserted != null) {
                inserted.add(fresh.get(i).getKey());
            }
        }
    }

    private void remember(long id) {
        if (seenCount == seen.length) {
            seen = Arrays.copyOf(seen, seen.length * 2);
        }
        seen[seenCount++] = id;
    }

    /**
     * The record's identity: a digest of all it says, after its authorization's id. The prefix
     * keeps the records one decision states side by side in the unique index: keyed by the digest
     * alone, each insert landed on a random page of it (V21 moved the stored keys alike).
     */
    static String key(HeldBack heldBack) {
        return (heldBack.authorizationId() == null ? "-" : heldBack.authorizationId()) + "|"
                + Sha256.hex(String.join("|", heldBack.kind().name(), heldBack.subject(),
                String.valueOf(heldBack.authorizationId()), heldBack.reason().name(), heldBack.detail()));
    }
}
