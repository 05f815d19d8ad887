package com.empowerfitness.guide.ops;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * H2 closes its database from a JVM shutdown hook of its own, in parallel with Spring's: on SIGTERM, requests
 * that graceful shutdown lets finish then fail with "Database is already closed" - a booking stored a moment
 * earlier answered with an error page. {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to Spring, which stops the
 * web server first and the connection pool last (H2 closes the database with its last connection). Added to
 * every embedded H2 URL that does not set it; other databases are left alone.
 */
@Component
class H2ShutdownOrder implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
            dataSource.setJdbcUrl(withoutCloseOnExit(dataSource.getJdbcUrl()));
        }
        return bean;
    }

    static String withoutCloseOnExit(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            return url;
        }
        return url + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
