package com.empowerfitness.guide.ops;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the database is an H2 file (the default, {@code jdbc:h2:file:} or {@code jdbc:h2:./...}): only then
 * can the site back itself up with {@code BACKUP TO}. PostgreSQL has its own tools (pg_dump), an in-memory H2
 * nothing worth keeping, and a server-mode H2 ({@code tcp:}) is backed up where it runs.
 */
class OnH2FileDatabase implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isH2File(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    static boolean isH2File(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }
}
