package org.a6gateway.notifications;

/** How a subscription is told: a signed HTTP POST to its URL, or an e-mail to its address. */
public enum Channel {
    WEBHOOK,
    EMAIL
}
