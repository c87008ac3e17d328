package org.centrecpd.organisation.importing;

/**
 * Import tests commit what they import (all-or-nothing is about what a commit leaves behind), so
 * they run on a database of their own: the other modules' tests, which count the demo data, never
 * see these rows.
 */
final class ImportDatabase {

    static final String OWN = "spring.datasource.url=jdbc:h2:mem:centrecpd-import;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private ImportDatabase() {
    }

    /** The same on the tests' PostgreSQL server: a database of its own there too. */
    static String postgresUrl() {
        String url = org.centrecpd.support.TestPostgres.jdbcUrl();
        try (var connection = java.sql.DriverManager.getConnection(url, org.centrecpd.support.TestPostgres.user(), "");
             var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = 'centrecpd_import'");
            if (!exists.next()) {
                statement.execute("create database centrecpd_import");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return url.replaceFirst("/postgres(\\?|$)", "/centrecpd_import$1");
    }
}
