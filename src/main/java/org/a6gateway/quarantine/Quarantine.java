package org.a6gateway.quarantine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what the adapters refuse. A refused record is held once, however often the registry
 * sends it again (the same raw text is one entry, seen again by a later run); a valid record with
 * the same id resolves it. Each entry names the sync run that saw it, so a run's summary can say
 * how many records it refused.
 */
@Service
public class Quarantine {

    /** The raw record is evidence, not storage: enough to recognise it, never a whole hostile page. */
    static final int RAW_LIMIT = 2000;
    static final int DETAIL_LIMIT = 1000;

    private final QuarantineRows rows;
    private final Clock clock;

    Quarantine(QuarantineRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Holds the refused records of one page, in the page's own transaction. */
    @Transactional
    public void hold(String registry, String page, List<Refusal> refused) {
        refused.forEach(r -> holdOne(registry, page, r));
    }

    /**
     * Holds a page refused as a whole. The sync stops on it, so the entry is written in its own
     * transaction: the failed step's rollback must not take the evidence with it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void holdPage(String registry, String pageUrl, String detail) {
        holdOne(registry, pageUrl, new Refusal(null, QuarantineReason.PAGE_REFUSED, detail, "page " + pageUrl));
    }

    /** Valid versions of these records arrived: their quarantine entries are resolved. */
    @Transactional
    public void release(String registry, Collection<String> recordIds) {
        if (!recordIds.isEmpty()) {
            rows.resolve(registry, List.copyOf(recordIds), clock.instant());
        }
    }

    /** What the sync run with this job execution id refused. */
    @Transactional(readOnly = true)
    public QuarantineCount seenInRun(long runId) {
        var byReason = rows.countByReason(runId);
        return new QuarantineCount(byReason.values().stream().mapToLong(Long::longValue).sum(), byReason);
    }

    /** The newest entries first; resolved ones only when asked. */
    @Transactional(readOnly = true)
    public List<QuarantineEntry> list(boolean includeResolved, int limit) {
        return rows.list(includeResolved, limit);
    }

    private void holdOne(String registry, String page, Refusal refusal) {
        String raw = visible(refusal.raw() == null ? "" : refusal.raw());
        String fingerprint = sha256(registry + "\n" + refusal.reason() + "\n" + raw);
        Long run = currentRun();
        var now = clock.instant();
        if (!rows.seenAgain(registry, fingerprint, run, now)) {
            rows.insert(registry, refusal.recordId() == null ? null : truncate(visible(refusal.recordId()), 200),
                    refusal.reason(), truncate(visible(refusal.detail()), DETAIL_LIMIT), truncate(raw, RAW_LIMIT), fingerprint,
                    truncate(page, 1000), now, run);
        }
    }

    /** The job execution running this step, when a sync (or another job) is reading the feed. */
    private static Long currentRun() {
        var context = StepSynchronizationManager.getContext();
        return context == null ? null : context.getStepExecution().getJobExecutionId();
    }

    /**
     * Every character outside printable ASCII written as {@code \\uXXXX}: a spoofed character is then
     * visible to whoever reads the entry, and no database refuses the text (PostgreSQL takes no NUL).
     */
    static String visible(String text) {
        var out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c >= 0x20 && c <= 0x7E) {
                out.append((char) c);
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return out.toString();
    }

    static String truncate(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
