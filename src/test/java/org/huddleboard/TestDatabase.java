package org.huddleboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The database a test runs on. The suite runs on embedded H2 by default, and on PostgreSQL when
 * {@code HUDDLE_TEST_POSTGRES} names a cluster ({@code .ci/postgres} sets it, with the build's database kind):
 * a test that needs a database of its own then gets a new database in that cluster.
 */
public final class TestDatabase {

    private static final String POSTGRES = System.getenv("HUDDLE_TEST_POSTGRES");
    private static final Set<String> CREATED = new HashSet<>();

    private TestDatabase() {
    }

    public static boolean postgres() {
        return POSTGRES != null && !POSTGRES.isBlank();
    }

    /** Config for a test profile whose app runs on an empty database of its own, kept for the rest of the run. */
    public static Map<String, String> own(String name) {
        return Map.of("quarkus.datasource.jdbc.url", url(name));
    }

    /**
     * The JDBC URL of a database of its own: in memory on H2 (kept until the JVM ends), or a new
     * PostgreSQL database, created empty the first time this JVM asks for it.
     */
    public static synchronized String url(String name) {
        if (!postgres()) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=KEY,VALUE";
        }
        String db = dbName(name);
        if (CREATED.add(db)) {
            recreate(db);
        }
        return POSTGRES + db;
    }

    /**
     * Options for a packaged server's JVM: none on H2 (its database is a file in the server's data
     * folder), a new empty PostgreSQL database each call otherwise.
     */
    public static List<String> serverOptions(String name) {
        return postgres() ? List.of("-Dquarkus.datasource.jdbc.url=" + freshServerUrl(name)) : List.of();
    }

    /** A packaged server's settings with its database added, unless they name one. */
    public static Map<String, String> serverSettings(String name, Map<String, String> settings) {
        if (!postgres() || settings.containsKey("quarkus.datasource.jdbc.url")) {
            return settings;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(settings);
        all.put("quarkus.datasource.jdbc.url", freshServerUrl(name));
        return all;
    }

    private static String freshServerUrl(String name) {
        String db = dbName(name);
        recreate(db);
        return POSTGRES + db;
    }

    private static String dbName(String name) {
        return "huddle_" + name.toLowerCase().replaceAll("[^a-z0-9]", "_");
    }

    private static void recreate(String db) {
        try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + db + " with (force)");
            s.execute("create database " + db + " owner huddle");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + db + " in " + POSTGRES, e);
        }
    }
}
