package org.a6gateway.exports;

/**
 * A stored export row's Article 6 label (or label-like text) that does not match the national
 * authorizations, for the reconciliation: the units (program, issuance, serial range, as the
 * export wrote them), the label exactly as written, the gateway's code for it (null when the text
 * is not in the registry's label table) and the verdict ({@link LabelVerdict}, never
 * MATCHES_AUTHORIZATION or CORSIA_NOT_COMPARED). {@code authorizationId} names the authorization
 * that covers the units when there is one.
 */
public record ExportLabelFinding(String source, String program, String issuanceId, String serial, Activity activity,
                                 long blockStart, long blockEnd, long quantity, String projectId, String hostCountry,
                                 int vintageYear, String text, String code, LabelVerdict verdict, String authorizationId,
                                 String filePosition) {
}
