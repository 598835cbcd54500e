package org.a6gateway.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the application that a sync run ended. A listener's fault is logged and goes no further:
 * what others do with a run's end must never change how the run itself ended.
 */
@Component
class RunEndEvents implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunEndEvents.class);

    private final ApplicationEventPublisher events;
    private final SyncRunViews views;

    RunEndEvents(ApplicationEventPublisher events, SyncRunViews views) {
        this.events = events;
        this.views = views;
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            events.publishEvent(new SyncRunEnded(views.of(execution)));
        } catch (RuntimeException e) {
            LOG.warn("sync run {} ended, but telling of its end failed: {}", execution.getId(), e.toString(), e);
        }
    }
}
