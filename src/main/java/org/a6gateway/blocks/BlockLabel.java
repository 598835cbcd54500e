package org.a6gateway.blocks;

/**
 * A label as the private registry shows it: the gateway's code for the use-purpose and the
 * registry's exact text (never normalised: Verra writes an en dash).
 */
public record BlockLabel(String code, String text, String authorizationId) {
}
