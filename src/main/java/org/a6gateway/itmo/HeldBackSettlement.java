package org.a6gateway.itmo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.ledger.AnyOf;
import org.a6gateway.ledger.Sha256;
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
    private long[] seen = new long[PART];
    private int seenCount;

    HeldBackSettlement(NamedParameterJdbcTemplate jdbc, HeldBack.Kind kind, Instant now) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.now = now;
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
        finishWhere("kind", List.of(kind.name()));
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
        finishWhere("subject", subjects.stream().map(s -> cut(s, SUBJECT_LENGTH)).toList());
    }

    /**
     * One pass over the kind's open records, each kept or not by its column's value: an {@code IN}
     * list of a thousand values on an unindexed column made each part a scan compared value by value
     * (H2: 30 s for 5,000 authorizations among 475,000 records).
     */
    private void finishWhere(String column, Collection<String> values) {
        flush();
        if (values.isEmpty()) {
            return; // nothing decided again: no record to read, let alone resolve
        }
        Arrays.sort(seen, 0, seenCount);
        var gone = new ArrayList<Long>();
        var within = new HashSet<>(values);
        jdbc.query("select id, " + column + " from held_back where kind = :kind and resolved_at is null",
                Map.of("kind", kind.name()), row -> {
                    if (within.contains(row.getString(2))) {
                        notStated(row.getLong(1), gone);
                    }
                });
        resolve(gone);
    }

    private void notStated(long id, List<Long> gone) {
        if (Arrays.binarySearch(seen, 0, seenCount, id) < 0) {
            gone.add(id);
        }
    }

    private void resolve(List<Long> gone) {
        var at = Timestamp.from(now);
        AnyOf.inParts(gone, ids -> jdbc.update("update held_back set resolved_at = :now where " + AnyOf.in("id", "ids"),
                new MapSqlParameterSource("now", at).addValue("ids", AnyOf.longs(ids))));
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        var reopen = new ArrayList<Long>();
        var known = new HashSet<String>();
        AnyOf.inParts(List.copyOf(pending.keySet()), keys -> jdbc.query("select id, record_key, resolved_at from held_back"
                + " where " + AnyOf.in("record_key", "keys"), Map.of("keys", AnyOf.texts(keys)), row -> {
                    remember(row.getLong(1));
                    known.add(row.getString(2));
                    if (row.getTimestamp(3) != null) {
                        reopen.add(row.getLong(1));
                    }
                }));
        AnyOf.inParts(reopen, ids -> jdbc.update("update held_back set resolved_at = null where " + AnyOf.in("id", "ids"),
                Map.of("ids", AnyOf.longs(ids))));
        var fresh = pending.entrySet().stream().filter(e -> !known.contains(e.getKey())).toList();
        if (!fresh.isEmpty()) {
            insert(fresh);
        }
        pending.clear();
    }

    private void insert(List<Map.Entry<String, HeldBack>> fresh) {
        var at = Timestamp.from(now);
        var rows = fresh.stream().map(e -> new MapSqlParameterSource()
                        .addValue("key", e.getKey()).addValue("kind", kind.name())
                        .addValue("subject", cut(e.getValue().subject(), SUBJECT_LENGTH))
                        .addValue("authorization", e.getValue().authorizationId())
                        .addValue("reason", e.getValue().reason().name())
                        .addValue("detail", cut(e.getValue().detail(), 1000)).addValue("at", at))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("insert into held_back (record_key, kind, subject, authorization_id, reason, detail, first_seen_at)"
                + " values (:key, :kind, :subject, :authorization, :reason, :detail, :at)", rows);
        AnyOf.inParts(fresh.stream().map(Map.Entry::getKey).toList(), keys -> jdbc.query("select id from held_back where "
                + AnyOf.in("record_key", "keys"), Map.of("keys", AnyOf.texts(keys)), row -> {
                    remember(row.getLong(1));
                }));
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

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
