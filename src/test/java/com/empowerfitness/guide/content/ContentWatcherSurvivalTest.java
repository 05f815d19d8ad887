package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

import com.empowerfitness.guide.config.GuideProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11.1: an error thrown by a load (even StackOverflowError) must not end live reload. */
class ContentWatcherSurvivalTest {

    @TempDir
    Path root;

    @Test
    void anErrorThrownByALoadDoesNotEndTheWatcher() throws Exception {
        ContentFixtures.write(root, "home.md", ContentFixtures.HOME);
        ContentLoader loader = mock(ContentLoader.class);
        AtomicInteger loads = new AtomicInteger();
        java.util.concurrent.Semaphore loaded = new java.util.concurrent.Semaphore(0);
        willAnswer(invocation -> {
                    int n = loads.incrementAndGet();
                    loaded.release();
                    if (n == 1) {
                        throw new StackOverflowError("thrown by the first load");
                    }
                    return null;
                })
                .given(loader)
                .load();
        ContentWatcher watcher =
                new ContentWatcher(loader, GuideProperties.defaults().withContentDir(root), Clock.systemUTC());
        watcher.start();
        try {
            ContentFixtures.write(root, "articles/first.md", "first");
            assertThat(loaded.tryAcquire(15, TimeUnit.SECONDS))
                    .as("the first load")
                    .isTrue();

            ContentFixtures.write(root, "articles/second.md", "second");
            assertThat(loaded.tryAcquire(15, TimeUnit.SECONDS))
                    .as("a load after the error")
                    .isTrue();
            assertThat(watcher.status().running()).isTrue();
        } finally {
            watcher.stop();
        }
        assertThat(watcher.status().state()).isEqualTo(ContentWatcher.State.STOPPED);
    }
}
