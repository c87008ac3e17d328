package org.centrecpd.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The load test's reader of Vaadin answers, on answers shaped as Flow 25 sends them (trimmed from real
 * ones): it runs in every build, so the simulation (profile load) cannot lose its footing unnoticed.
 */
class UidlTest {

    private static final String INIT = """
        {"appConfig":{"v-uiId":3,"uidl":{"clientId":0,"syncId":0,"Vaadin-Security-Key":"k-1",
         "changes":[{"node":1,"type":"put","key":"tag","feat":0,"value":"body"}]}}}""";

    private static final String ANSWER = """
        {"clientId":4,"syncId":7,"changes":[
         {"node":259,"type":"put","key":"tag","feat":0,"value":"vaadin-text-area"},
         {"node":259,"type":"put","key":"id","feat":3,"value":"answer-explaining-to-families"},
         {"node":36,"type":"put","key":"href","feat":3,"value":"courses/working-together"},
         {"node":315,"type":"put","key":"text","feat":7,"value":"Saved at 14:10:22"},
         {"node":135,"type":"splice","feat":2,"index":0,"addNodes":[98]},
         {"node":98,"type":"put","key":"tag","feat":0,"value":"vaadin-checkbox"},
         {"node":98,"type":"put","key":"value","feat":1,"value":"9"}]}""";

    @Test
    void theBootstrapGivesTheUiTheTokenAndTheCounters() {
        Uidl init = Uidl.parseInit(INIT);
        assertThat(Uidl.uiId(INIT)).isEqualTo(3);
        assertThat(init.csrfToken()).isEqualTo("k-1");
        assertThat(init.syncId()).isZero();
        assertThat(init.nodeWithTag("body")).contains(1);
    }

    @Test
    void anAnswerGivesNodesByElementIdLinksTextsAndFacetChoices() {
        Uidl answer = Uidl.parse(ANSWER);
        assertThat(answer.trouble()).isEmpty();
        assertThat(answer.syncId()).isEqualTo(7);
        assertThat(answer.clientId()).isEqualTo(4);
        assertThat(answer.nodeWithIdStarting("answer-")).contains(259);
        assertThat(answer.nodeWithId("answer-")).isEmpty();
        assertThat(answer.links("courses/")).containsExactly("courses/working-together");
        assertThat(answer.showsText("Saved at")).isTrue();
        assertThat(answer.checkboxChoice()).contains(new Uidl.Choice(135, "9"));
    }

    @Test
    void anExpiredSessionOrTheNotFoundPageIsTrouble() {
        assertThat(Uidl.parse("{\"syncId\":1,\"clientId\":1,\"meta\":{\"sessionExpired\":true}}").trouble())
            .contains("session expired");
        assertThat(Uidl.parse("for(;;);[{\"syncId\":1,\"clientId\":1,\"changes\":[{\"node\":5,\"type\":\"put\",\"key\":\"text\","
            + "\"feat\":7,\"value\":\"Page not found\"}]}]").trouble()).contains("Page not found");
        assertThat(Uidl.parse("{\"syncId\":1,\"clientId\":1,\"meta\":{\"sessionExpired\":true},\"execute\":[]}").endsSession())
            .isTrue();
    }
}
