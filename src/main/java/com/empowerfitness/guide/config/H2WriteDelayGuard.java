package com.empowerfitness.guide.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * H2 keeps recent commits in memory for half a second by default, so a kill -9 right after a patient saw the
 * confirmation would lose the request. The default URL says {@code WRITE_DELAY=0}; this makes sure of it even
 * when an operator's own H2 URL leaves it out. Runs before the web server accepts requests; other databases
 * are left alone.
 */
@Component
class H2WriteDelayGuard implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(H2WriteDelayGuard.class);

    private final DataSource dataSource;

    H2WriteDelayGuard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        try (Connection connection = this.dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException ex) {
            log.warn(
                    "Could not set H2's WRITE_DELAY to 0 ({}); add ;WRITE_DELAY=0 to the database URL",
                    ex.getClass().getSimpleName());
        }
    }
}
