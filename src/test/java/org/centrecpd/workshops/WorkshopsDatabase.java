package org.centrecpd.workshops;

/**
 * Workshops' tests write organisations, people and logins of their own and commit them (bookings race
 * each other in separate transactions). They run on a database of their own, so other modules' tests,
 * which count the demo data, never see those rows.
 */
final class WorkshopsDatabase {

    static final String OWN = "spring.datasource.url=jdbc:h2:mem:centrecpd-workshops;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private WorkshopsDatabase() {
    }

    /** The same on the tests' PostgreSQL server: a database of its own there too. */
    static String postgresUrl() {
        String url = org.centrecpd.support.TestPostgres.jdbcUrl();
        try (var connection = java.sql.DriverManager.getConnection(url, org.centrecpd.support.TestPostgres.user(), "");
             var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = 'centrecpd_workshops'");
            if (!exists.next()) {
                statement.execute("create database centrecpd_workshops");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return url.replaceFirst("/postgres(\\?|$)", "/centrecpd_workshops$1");
    }
}
