package org.centrecpd.organisation;

import org.centrecpd.support.PostgresTest;
import org.centrecpd.support.TestPostgres;

/** The data-layer contract on a real PostgreSQL started by the test (see {@link TestPostgres}). */
@PostgresTest
class PostgresOrganisationDataTest extends OrganisationDataContract {

    @org.junit.jupiter.api.Test
    void theContractReallyRunsOnPostgresql() {
        String version = jdbc.queryForObject("select version()", String.class);
        System.out.println("Data-layer contract on: " + version);
        org.assertj.core.api.Assertions.assertThat(version).startsWith("PostgreSQL ");
    }

    @org.junit.jupiter.api.Test
    void overlappingPeriodsAreRefusedByThePostgresqlDatabaseItself() {
        long centre = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long provider = jdbc.queryForObject(
            "select provider_id from centre_arrangement where centre_id = ? and valid_to is null", Long.class, centre);
        // The arrangement in force is open-ended: a second one from any later date overlaps it.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "insert into centre_arrangement (centre_id, provider_id, valid_from) values (?, ?, date '2030-01-01')",
                centre, provider))
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
            .hasMessageContaining("ex_arrangement_overlap");
        long person = jdbc.queryForObject("select person_id from employment where centre_id = ? and end_date is null "
            + "order by person_id fetch first 1 rows only", Long.class, centre);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "insert into employment (person_id, centre_id, job_role, start_date) values (?, ?, 'MIDWIFE', date '2030-01-01')",
                person, centre))
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
            .hasMessageContaining("ex_employment_overlap");
        long partner = jdbc.queryForObject("select person_id from oversight where local_authority_id is not null "
            + "fetch first 1 rows only", Long.class);
        long authority = jdbc.queryForObject("select local_authority_id from oversight where person_id = ? and "
            + "local_authority_id is not null", Long.class, partner);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "insert into oversight (person_id, local_authority_id, valid_from) values (?, ?, date '2030-01-01')",
                partner, authority))
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
            .hasMessageContaining("ex_oversight_overlap");
    }

    @org.junit.jupiter.api.Test
    void nameSearchesCanUseTheTrigramIndex() {
        // Planner choice depends on table size, so ask with sequential scans off: the point is that
        // an index able to answer "contains" exists and matches the query's expression.
        String plan = new org.springframework.transaction.support.TransactionTemplate(txManager).execute(t -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList(
                "explain select id from centre where name_lower like '%brook%'", String.class));
        });
        System.out.println("Centre name search plan on PostgreSQL:\n" + plan);
        org.assertj.core.api.Assertions.assertThat(plan).contains("ix_centre_name_trgm");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

}
