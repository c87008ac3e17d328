package org.centrecpd.training;

/**
 * Training's tests write organisations, people and logins of their own, and some must commit (the
 * completion event is delivered after the commit). They run on an in-memory database of their own, so
 * the other modules' tests, which count the demo data, never see those rows.
 */
public final class TrainingDatabase {

    public static final String OWN = "spring.datasource.url=jdbc:h2:mem:centrecpd-training;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private TrainingDatabase() {
    }

    /** The same on the tests' PostgreSQL server: a database of its own there too. */
    public static String postgresUrl() {
        String url = org.centrecpd.support.TestPostgres.jdbcUrl();
        try (var connection = java.sql.DriverManager.getConnection(url, org.centrecpd.support.TestPostgres.user(), "");
             var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = 'centrecpd_training'");
            if (!exists.next()) {
                statement.execute("create database centrecpd_training");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return url.replaceFirst("/postgres(\\?|$)", "/centrecpd_training$1");
    }
}
