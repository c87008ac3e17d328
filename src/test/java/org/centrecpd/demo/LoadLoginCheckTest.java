package org.centrecpd.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Without the load profile, a database holding the load logins (their password is in the docs) does not start. */
class LoadLoginCheckTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void accountsTable() {
        jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:load-login-check;DB_CLOSE_DELAY=-1"));
        jdbc.execute("drop table if exists user_account");
        jdbc.execute("create table user_account (username varchar(200) not null)");
    }

    @Test
    void aDatabaseWithRealAccountsOnlyStarts() {
        jdbc.update("insert into user_account (username) values ('head.of.service@council.example')");
        assertThatCode(() -> new LoadLoginCheck(jdbc).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

    @Test
    void aDatabaseHoldingALoadLoginIsRefused() {
        jdbc.update("insert into user_account (username) values (?)", LoadLogins.username("practitioner-", 12));
        assertThatThrownBy(() -> new LoadLoginCheck(jdbc).afterSingletonsInstantiated())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("load-test logins")
            .hasMessageContaining("demo,load");
    }
}
