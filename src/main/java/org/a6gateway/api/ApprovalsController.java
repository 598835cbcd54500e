package org.a6gateway.api;

import org.a6gateway.api.generated.ApprovalsApi;
import org.a6gateway.api.generated.model.ApprovalDecision;
import org.a6gateway.api.generated.model.ProposedCommands;
import org.a6gateway.outbox.NoSuchCommand;
import org.a6gateway.outbox.Outbox;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What waits for a government officer's decision, and the decision: the caller signed in is who
 * approved or rejected, as the ledger records it. A rejection says why.
 */
@RestController
@RequestMapping("/api/v1")
class ApprovalsController implements ApprovalsApi {

    private final Outbox outbox;

    ApprovalsController(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public ResponseEntity<ProposedCommands> listProposedCommands() {
        return ResponseEntity.ok(new ProposedCommands().items(outbox.proposed().stream().map(OutboxController::view).toList()));
    }

    @Override
    public ResponseEntity<ProposedCommands> decideProposedCommands(ApprovalDecision decision) {
        var taken = decision.getDecision();
        if (taken != ApprovalDecision.DecisionEnum.APPROVE && (decision.getComment() == null || decision.getComment().isBlank())) {
            throw new IllegalArgumentException("a rejection or a reopening says why: 'comment' is required to "
                    + taken.getValue().toLowerCase());
        }
        try {
            var decided = taken == ApprovalDecision.DecisionEnum.REOPEN
                    ? outbox.reopen(decision.getCommandIds(), SignedIn.name(), decision.getComment())
                    : outbox.decide(decision.getCommandIds(), taken == ApprovalDecision.DecisionEnum.APPROVE, SignedIn.name(),
                            decision.getComment());
            return ResponseEntity.ok(new ProposedCommands().items(decided.stream().map(OutboxController::view).toList()));
        } catch (NoSuchCommand e) {
            throw new NotFound(e.getMessage());
        }
    }
}
