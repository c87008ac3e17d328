package org.centrecpd.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo authorities' privacy contacts (invented, on the reserved .example domain), only with the demo profile
 * and only where none is set, so that the demo's privacy notice names a data controller and a DPO.
 */
@Component
@Order(50)
@Profile("demo")
class PrivacyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PrivacyDemoData.class);

    private final JdbcTemplate jdbc;

    PrivacyDemoData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (String[] council : new String[][] {
            {"Eastmoor County Council", "dpo@eastmoor.example, Data Protection Officer, County Hall, Eastmoor"},
            {"Southdown County Council", "information.governance@southdown.example, 01632 960123"}}) {
            added += jdbc.update("""
                insert into privacy_contact (local_authority_id, controller, dpo_contact)
                select a.id, a.name, ? from local_authority a
                 where a.name = ? and not exists (select 1 from privacy_contact c where c.local_authority_id = a.id)""",
                council[1], council[0]);
        }
        if (added > 0) {
            log.info("Demo privacy contacts set for {} authorities", added);
        }
    }
}
