package org.a6gateway.notifications;

/** One channel's way of making one attempt at a delivery. */
interface Sender {

    Attempt send(Subscription to, long delivery, Notification notification, String payload);
}
