package org.a6gateway.api;

import java.time.ZoneOffset;
import org.a6gateway.api.generated.LedgerApi;
import org.a6gateway.api.generated.model.LedgerEventPage;
import org.a6gateway.api.generated.model.LedgerEventView;
import org.a6gateway.api.generated.model.LedgerVerificationResult;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.ledger.LedgerRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ledger for auditors and officers: its events after a cursor (all, or those of one subject), and the walk of its hash chain that {@code ledger verify} makes. */
@RestController
@RequestMapping("/api/v1")
class LedgerController implements LedgerApi {

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    /** One event more than asked for says whether there is a next page, without counting the ledger. */
    @Override
    public ResponseEntity<LedgerEventPage> listLedgerEvents(Long after, Integer limit, String subject) {
        var events = subject == null ? ledger.after(after, limit + 1) : ledger.after(after, limit + 1, subject);
        var page = events.subList(0, Math.min(limit, events.size()));
        var result = new LedgerEventPage().items(page.stream().map(LedgerController::view).toList());
        return ResponseEntity.ok(events.size() > limit ? result.next(page.get(page.size() - 1).sequence()) : result);
    }

    @Override
    public ResponseEntity<LedgerVerificationResult> verifyLedger() {
        var verification = ledger.verify();
        return ResponseEntity.ok(new LedgerVerificationResult().intact(verification.intact()).events(verification.events())
                .firstBrokenEvent(verification.firstBrokenSequence()).problem(verification.problem()));
    }

    private static LedgerEventView view(LedgerRecord e) {
        return new LedgerEventView().sequence(e.sequence()).occurredAt(e.occurredAt().atOffset(ZoneOffset.UTC))
                .registry(e.registry()).kind(e.kind()).subject(e.subject()).cause(e.cause()).before(e.before()).after(e.after())
                .previousHash(e.previousHash()).hash(e.hash());
    }
}
