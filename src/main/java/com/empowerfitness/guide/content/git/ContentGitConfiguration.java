package com.empowerfitness.guide.content.git;

import com.empowerfitness.guide.cluster.OnPostgreSqlCondition;
import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.content.ContentLoader;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The content folder's Git history, on unless {@code guide.content.git.enabled=false}. The Git directory is
 * {@code guide.content.git.dir} (default {@code ./data/content.git}), outside the folder it records.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "guide.content.git.enabled", havingValue = "true", matchIfMissing = true)
class ContentGitConfiguration {

    /** Credentials for an HTTPS remote; read from the environment only, never from a URL or a log line. */
    static final String USERNAME_VARIABLE = "GUIDE_CONTENT_GIT_USERNAME";

    static final String PASSWORD_VARIABLE = "GUIDE_CONTENT_GIT_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(ContentGitConfiguration.class);

    @Bean(destroyMethod = "close")
    ContentRepository contentRepository(
            GuideProperties properties, Clock clock, Environment environment, ApplicationEventPublisher events) {
        ContentRepository repository = ContentRepository.open(
                properties.contentDir(),
                properties.content().git().dir(),
                clock,
                properties.clinic().email());
        repository.addListener(new ContentRepository.Listener() {
            @Override
            public void conflictKept(ContentRepository.KeptConflict conflict) {
                events.publishEvent(new ContentConflictKeptEvent(conflict));
            }
        });
        String remote = properties.content().git().remote();
        if (remote != null && !remote.isBlank()) {
            String username = environment.getProperty(USERNAME_VARIABLE);
            String password = environment.getProperty(PASSWORD_VARIABLE);
            CredentialsProvider credentials = (username != null && password != null)
                    ? new UsernamePasswordCredentialsProvider(username, password)
                    : null;
            repository.connect(remote, credentials);
            log.info("The content history is shared through {}", ContentRemote.safe(ContentRemote.urlOf(remote)));
        }
        return repository;
    }

    @Bean
    @ConditionalOnExpression("'${guide.content.git.remote:}' != ''")
    ContentSync contentSync(ContentRepository repository, ContentLoader loader, ApplicationEventPublisher events) {
        return new ContentSync(repository, loader, events);
    }

    /** On PostgreSQL a push is announced to the other instances, which sync at once (issue 13.10). */
    @Bean
    @Conditional(OnPostgreSqlCondition.class)
    @ConditionalOnExpression("'${guide.content.git.remote:}' != ''")
    ContentNotifications contentNotifications(DataSource dataSource, ContentRepository repository, ContentSync sync) {
        return new ContentNotifications(dataSource, repository, sync);
    }

    /** Issue 16.4: a review dated before the page's text last changed is an error (off only in some tests). */
    @Bean
    @ConditionalOnProperty(
            name = "guide.content.review-after-change-check",
            havingValue = "true",
            matchIfMissing = true)
    ReviewAfterChangeRule reviewAfterChangeRule(ContentRepository repository) {
        return new ReviewAfterChangeRule(repository);
    }

    @Bean
    FolderChangesCommitter folderChangesCommitter(ContentRepository repository) {
        return new FolderChangesCommitter(repository);
    }
}
