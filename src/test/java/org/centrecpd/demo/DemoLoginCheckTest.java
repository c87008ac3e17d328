package org.centrecpd.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A real installation does not start on a database that a demo run filled: its logins' password is public. */
class DemoLoginCheckTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void accountsTable() {
        jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:demo-login-check;DB_CLOSE_DELAY=-1"));
        jdbc.execute("drop table if exists user_account");
        jdbc.execute("create table user_account (username varchar(200) not null)");
    }

    @Test
    void aDatabaseWithRealAccountsOnlyStarts() {
        jdbc.update("insert into user_account (username) values ('head.of.service@council.example')");
        assertThatCode(() -> new DemoLoginCheck(jdbc).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

    @Test
    void aDatabaseHoldingADemoLoginIsRefusedWithWhatToDo() {
        jdbc.update("insert into user_account (username) values ('head.of.service@council.example')");
        jdbc.update("insert into user_account (username) values (?)", DemoLogins.PARTNER);
        assertThatThrownBy(() -> new DemoLoginCheck(jdbc).afterSingletonsInstantiated())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("demo logins")
            .hasMessageContaining("./data/centre-cpd.mv.db");
    }
}
