package org.a6gateway.itmo;

import java.time.LocalDate;
import java.util.Optional;
import org.a6gateway.authorization.AuthorizedUses;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;

/**
 * The first-transfer rule, per the authorization's definition:
 * <ul>
 *   <li>{@code AUTHORISATION}: at authorization (its date, or its year when only the year is known);</li>
 *   <li>{@code ISSUANCE}: when the block was issued;</li>
 *   <li>{@code USE_OR_CANCELLATION}: when the units were retired or cancelled, and only for a use
 *       the authorization allows (a claim, voluntary or stating no use, never counts);</li>
 *   <li>{@code FIRST_INTERNATIONAL_TRANSFER}: on the national registry's first-transfer action for
 *       these units; without it the block is unresolved, never silently counted.</li>
 * </ul>
 */
public final class FirstTransfers {

    private FirstTransfers() {
    }

    /** {@code recordedTransfer}: the date of the national registry's first-transfer action, if any. */
    public static FirstTransfer of(AuthorizationRecord authorization, BlockRecord block,
                                   Optional<LocalDate> recordedTransfer) {
        return switch (authorization.firstTransferDefinition()) {
            case AUTHORISATION -> authorization.date() != null
                    ? FirstTransfer.on(authorization.date(), authorization.date().getYear(), "authorization")
                    : FirstTransfer.on(null, authorization.authorizationYear(), "authorization");
            case ISSUANCE -> block.issuanceDate() == null
                    ? FirstTransfer.unresolved(HeldBackReason.ISSUANCE_DATE_UNKNOWN)
                    : FirstTransfer.on(block.issuanceDate(), block.issuanceDate().getYear(), "issuance");
            case USE_OR_CANCELLATION -> useOrCancellation(authorization, block);
            case FIRST_INTERNATIONAL_TRANSFER -> recordedTransfer
                    .map(date -> FirstTransfer.on(date, date.getYear(), "first international transfer"))
                    .orElse(FirstTransfer.unresolved(HeldBackReason.NO_FIRST_INTERNATIONAL_TRANSFER));
        };
    }

    private static FirstTransfer useOrCancellation(AuthorizationRecord authorization, BlockRecord block) {
        boolean used = block.status() == BlockStatus.RETIRED || block.status() == BlockStatus.CANCELLED;
        if (AuthorizedUses.claimedAgainst(block, authorization)) {
            return FirstTransfer.unresolved(HeldBackReason.VOLUNTARY_CLAIM);
        }
        if (!used || block.retirement() == null || block.retirement().date() == null) {
            return FirstTransfer.unresolved(HeldBackReason.NOT_YET_USED);
        }
        var date = block.retirement().date();
        return FirstTransfer.on(date, date.getYear(), "use or cancellation");
    }
}
