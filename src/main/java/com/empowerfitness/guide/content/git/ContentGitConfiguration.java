package com.empowerfitness.guide.content.git;

import com.empowerfitness.guide.config.GuideProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The content folder's Git history, on unless {@code guide.content.git.enabled=false}. The Git directory is
 * {@code guide.content.git.dir} (default {@code ./data/content.git}), outside the folder it records.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "guide.content.git.enabled", havingValue = "true", matchIfMissing = true)
class ContentGitConfiguration {

    @Bean(destroyMethod = "close")
    ContentRepository contentRepository(GuideProperties properties, Clock clock) {
        return ContentRepository.open(
                properties.contentDir(),
                properties.content().git().dir(),
                clock,
                properties.clinic().email());
    }

    @Bean
    FolderChangesCommitter folderChangesCommitter(ContentRepository repository) {
        return new FolderChangesCommitter(repository);
    }
}
