package com.empowerfitness.guide.ops;

import com.empowerfitness.guide.content.ContentChangedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code content} part of readiness: DOWN until the content folder has been loaded once. The first load runs
 * while the context starts (before {@link ApplicationReadyEvent}); should it ever run later, its
 * {@link ContentChangedEvent} flips this as well. A load that found errors still counts: bad files are skipped
 * and the last good pages stay live, so the instance can serve.
 */
@Component("content")
class ContentReadiness implements HealthIndicator {

    private volatile boolean loaded;

    @EventListener
    void started(ApplicationReadyEvent event) {
        this.loaded = true;
    }

    @EventListener
    void contentChanged(ContentChangedEvent event) {
        this.loaded = true;
    }

    boolean isLoaded() {
        return this.loaded;
    }

    @Override
    public Health health() {
        return this.loaded ? Health.up().build() : Health.down().build();
    }
}
