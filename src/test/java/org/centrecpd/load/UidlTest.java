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

    /** The assign dialog as it opens (trimmed): a radio group whose labels are text in a span in a label, a footer button. */
    private static final String DIALOG = """
        {"clientId":3,"syncId":3,"changes":[
         {"node":1482,"type":"put","key":"text","feat":7,"value":"Some people"},
         {"node":1483,"type":"put","key":"tag","feat":0,"value":"span"},
         {"node":1483,"type":"splice","feat":2,"index":0,"addNodes":[1482]},
         {"node":1484,"type":"put","key":"tag","feat":0,"value":"label"},
         {"node":1484,"type":"splice","feat":2,"index":0,"addNodes":[1483]},
         {"node":1485,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-button"},
         {"node":1485,"type":"put","key":"value","feat":1,"value":"1"},
         {"node":1485,"type":"splice","feat":2,"index":0,"addNodes":[1484]},
         {"node":1481,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-button"},
         {"node":1481,"type":"put","key":"value","feat":1,"value":"2"},
         {"node":1486,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-group"},
         {"node":1486,"type":"splice","feat":2,"index":0,"addNodes":[1485,1481]},
         {"node":1441,"type":"put","key":"text","feat":7,"value":"Assign a course"},
         {"node":1442,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
         {"node":1442,"type":"splice","feat":2,"index":0,"addNodes":[1441]},
         {"node":1439,"type":"put","key":"text","feat":7,"value":"Assign a course"},
         {"node":2428,"type":"put","key":"tag","feat":0,"value":"vaadin-notification"},
         {"node":2428,"type":"put","key":"text","feat":1,"value":"Assigned to 3 people: Future leaders."}],
         "execute":[[{"@v-node":1488},10,"return $0.$connector.updateSize($1)"],
          [{"@v-node":1488},0,[{"key":"1","label":"Early language","className":""},{"key":"2","label":"Future leaders","className":""}],
           "","return $0.$connector.set($1,$2,$3)"]]}""";

    @Test
    void aDialogGivesRadioChoicesByLabelButtonsByTextComboBoxItemsAndNotifications() {
        Uidl dialog = Uidl.parse(DIALOG);
        assertThat(dialog.radioChoice("Some people")).contains(new Uidl.Choice(1486, "1"));
        assertThat(dialog.radioChoice("Nobody")).isEmpty();
        // The heading says the same words; only the button's text is inside a button.
        assertThat(dialog.buttonWithText("Assign a course")).contains(1442);
        assertThat(dialog.comboItems()).containsExactly(new Uidl.Item(1488, "1", "Early language"),
            new Uidl.Item(1488, "2", "Future leaders"));
        assertThat(dialog.notifications()).containsExactly("Assigned to 3 people: Future leaders.");
        assertThat(dialog.showsText("Assigned to")).as("a notification's text is not a text node").isFalse();
    }

    /** Two of the matrix's cards (trimmed): li > h2 > a (the name), then a paragraph with the job role. */
    private static final String CARDS = """
        {"clientId":2,"syncId":2,"changes":[
         {"node":10,"type":"put","key":"tag","feat":0,"value":"li"},
         {"node":11,"type":"put","key":"tag","feat":0,"value":"h2"},
         {"node":12,"type":"put","key":"tag","feat":0,"value":"a"},
         {"node":12,"type":"put","key":"href","feat":3,"value":"training/people/7"},
         {"node":13,"type":"put","key":"text","feat":7,"value":"Zoe Underwood"},
         {"node":14,"type":"put","key":"tag","feat":0,"value":"p"},
         {"node":15,"type":"put","key":"text","feat":7,"value":"Centre manager"},
         {"node":12,"type":"splice","feat":2,"index":0,"addNodes":[13]},
         {"node":11,"type":"splice","feat":2,"index":0,"addNodes":[12]},
         {"node":14,"type":"splice","feat":2,"index":0,"addNodes":[15]},
         {"node":10,"type":"splice","feat":2,"index":0,"addNodes":[11,14]},
         {"node":20,"type":"put","key":"tag","feat":0,"value":"li"},
         {"node":22,"type":"put","key":"tag","feat":0,"value":"a"},
         {"node":22,"type":"put","key":"href","feat":3,"value":"training/people/9"},
         {"node":23,"type":"put","key":"text","feat":7,"value":"Yusuf Turner"},
         {"node":22,"type":"splice","feat":2,"index":0,"addNodes":[23]},
         {"node":20,"type":"splice","feat":2,"index":0,"addNodes":[22]},
         {"node":30,"type":"put","key":"href","feat":3,"value":"training/people/9"}]}""";

    @Test
    void cardsGiveEachLinkWithTheTextsOfItsListItem() {
        assertThat(Uidl.parse(CARDS).cards("training/people/")).containsExactly(
            new Uidl.Card("training/people/7", java.util.List.of("Zoe Underwood", "Centre manager")),
            new Uidl.Card("training/people/9", java.util.List.of("Yusuf Turner")));
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
