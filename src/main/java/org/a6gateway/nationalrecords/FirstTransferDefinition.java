package org.a6gateway.nationalrecords;

/** When the first transfer, and so the corresponding adjustment, happens (docs/domain.md §5). */
public enum FirstTransferDefinition {
    AUTHORISATION, ISSUANCE, USE_OR_CANCELLATION, FIRST_INTERNATIONAL_TRANSFER
}
