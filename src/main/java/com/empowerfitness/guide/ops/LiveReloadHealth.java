package com.empowerfitness.guide.ops;

import com.empowerfitness.guide.content.ContentWatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code liveReload} health component: DOWN while the content watcher is not watching (the folder removed,
 * the system out of file watches, the watcher stopped), so a monitor on {@code /actuator/health} sees that
 * changed files are no longer published. Not part of readiness: the stored pages still serve. UP when live reload
 * is switched off ({@code guide.content.watch=false}), which is a choice, not a failure.
 */
@Component("liveReload")
class LiveReloadHealth implements HealthIndicator {

    private final ObjectProvider<ContentWatcher> watcher;

    LiveReloadHealth(ObjectProvider<ContentWatcher> watcher) {
        this.watcher = watcher;
    }

    @Override
    public Health health() {
        ContentWatcher current = this.watcher.getIfAvailable();
        if (current == null) {
            return Health.up().withDetail("watch", "off").build();
        }
        ContentWatcher.Status status = current.status();
        if (status.running()) {
            return Health.up().withDetail("since", status.since().toString()).build();
        }
        return Health.down()
                .withDetail("state", status.state().name())
                .withDetail("problem", status.problem())
                .withDetail("since", status.since().toString())
                .build();
    }
}
