package com.empowerfitness.guide.cluster;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code spring.datasource.url} (or env {@code SPRING_DATASOURCE_URL}) points at PostgreSQL, the
 * database several instances share. Then state that must hold across instances (the booking rate limit, the
 * sign-in throttle) lives in the database; on H2, which one process opens at a time, it stays in memory.
 */
public class OnPostgreSqlCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isPostgreSql(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    static boolean isPostgreSql(String url) {
        return url != null && DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
    }

    /** The opposite: H2 (the default) or anything else. */
    public static class Not implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isPostgreSql(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
