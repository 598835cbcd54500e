package org.a6gateway.outbox;

import java.time.Instant;

/** A registry's answer to one delivered command, and when it came. */
record Acknowledgement(long commandId, String registryAnswer, Instant at) {
}
