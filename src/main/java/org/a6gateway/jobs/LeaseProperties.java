package org.a6gateway.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a job lease lasts without renewal and how often its holder renews it: a dead holder's
 * lease is free {@code duration} after its last renewal at most. {@code takeOverDeadLocalHolders}
 * lets a process take over at once from a holder on the same host whose process is gone (an
 * operator re-running {@code sync} after a crash need not wait for the expiry).
 */
@ConfigurationProperties("a6.lease")
public record LeaseProperties(@DefaultValue("30s") Duration duration, @DefaultValue("10s") Duration renewEvery,
                              @DefaultValue("true") boolean takeOverDeadLocalHolders) {

    public LeaseProperties {
        if (renewEvery.compareTo(duration) >= 0) {
            throw new IllegalArgumentException("a6.lease.renew-every (" + renewEvery + ") must be shorter than a6.lease.duration ("
                    + duration + ")");
        }
    }
}
