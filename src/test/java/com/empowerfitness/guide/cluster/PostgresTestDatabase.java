package com.empowerfitness.guide.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database per test class, created over JDBC next to {@code test} on the machine's
 * PostgreSQL (127.0.0.1:5432, trust authentication; override with env {@code GUIDE_TEST_POSTGRES_URL},
 * {@code GUIDE_TEST_POSTGRES_USER}) and dropped afterwards, so that runs never collide. Without a PostgreSQL
 * answering within 2 seconds the tests are skipped with a message, except under {@code CI=true}, where that is a
 * failure.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    public static final String ADMIN_URL = env("GUIDE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    public static final String USER = env("GUIDE_TEST_POSTGRES_USER", "postgres");

    public static final String PASSWORD = env("GUIDE_TEST_POSTGRES_PASSWORD", "");

    private final String name;

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    /** Creates the database, or skips (fails under CI=true) when PostgreSQL does not answer. */
    public static PostgresTestDatabase create() {
        String name = "guide_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = connect(ADMIN_URL);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException ex) {
            String message = "No PostgreSQL at " + ADMIN_URL + " (user " + USER + "): " + ex.getMessage()
                    + ". Start it (e.g. pg_ctlcluster 15 main start) to run the multi-instance tests.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " CI=true: a missing PostgreSQL is a failure.", ex);
            }
            Assumptions.abort(message);
        }
        return new PostgresTestDatabase(name);
    }

    public String url() {
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + this.name;
    }

    public Connection connect() throws SQLException {
        return connect(url());
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(ADMIN_URL);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
        }
    }

    private static Connection connect(String url) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "2");
        return DriverManager.getConnection(url, properties);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return (value == null || value.isBlank()) ? fallback : value;
    }
}
