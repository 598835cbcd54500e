/**
 * Notifications: what a government officer or an operator must hear of without watching the
 * gateway (a run failed or left a registry out, new CRITICAL discrepancies, commands waiting for
 * approval, dead letters), sent to each role's subscriptions by signed webhook or e-mail, each
 * delivery and its attempts recorded. {@link org.a6gateway.notifications.RunNotifications} decides
 * what a run's end tells; the rest delivers it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "sync", "reconciliation", "outbox", "security", "jobs"})
package org.a6gateway.notifications;
