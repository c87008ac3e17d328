package org.centrecpd.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a browser running Vaadin's client sends, as Gatling steps: the sign-in form, the bootstrap, and
 * {@code POST /?v-r=uidl&v-uiId=…} messages carrying the CSRF token, {@code syncId} and {@code clientId}
 * from the previous answer ({@link Uidl}). A step fails (a KO in the report) when the answer is not a
 * normal one or lacks the element the step expects, and the virtual user stops there.
 * <p>
 * Session keys: {@code uiId}, {@code uiNode} (the UI's root node, found in the bootstrap), {@code csrf},
 * {@code syncId}, {@code clientId}, {@code uidl} (the last answer).
 */
final class VaadinSteps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VaadinSteps() {
    }

    /** The sign-in page and its Vaadin bootstrap, the form posted with Spring's CSRF token, then the app's bootstrap. */
    static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/login")
                .check(css("meta[name='_csrf']", "content").saveAs("springCsrf")))
            .exec(http("sign-in page bootstrap").get("/login?v-r=init&location=login&query=")
                .check(status().is(200)))
            .exec(http("sign in").post("/login")
                .formParam("username", "#{username}")
                .formParam("password", "#{password}")
                .formParam("_csrf", "#{springCsrf}")
                .disableFollowRedirect()
                // A refused password comes back to /login?error: a KO, not a quiet pass.
                .check(status().is(302), header("Location").transform(l -> !l.contains("login")).is(true)))
            .exitHereIfFailed()
            .exec(http("bootstrap page").get("/").check(status().is(200)))
            .exec(http("bootstrap").get("/?v-r=init&location=&query=")
                .check(bodyString().saveAs("init")))
            .exitHereIfFailed()
            .exec(session -> {
                String init = session.getString("init");
                Uidl uidl = Uidl.parseInit(init);
                return session.remove("init")
                    .set("uiId", Uidl.uiId(init))
                    .set("uiNode", uidl.nodeWithTag("body").orElseThrow())
                    .set("csrf", uidl.csrfToken())
                    .set("syncId", uidl.syncId())
                    .set("clientId", uidl.clientId())
                    .set("historyIndex", 0);
            });
    }

    /**
     * Opens a view the way Vaadin's router does for a link or the first page: the {@code ui-navigate} event
     * on the UI's node; {@code expect} are further checks on the answer ({@link #element}, {@link #node}, {@link #links}).
     */
    static ChainBuilder navigate(String kind, Function<Session, String> route, String query, CheckBuilder... expect) {
        return uidl(kind, session -> {
            ObjectNode data = JSON.createObjectNode()
                .put("route", route.apply(session))
                .put("query", query)
                .put("appShellTitle", "")
                .put("trigger", "");
            data.putObject("historyState").put("idx", session.getInt("historyIndex"));
            ArrayNode rpc = JSON.createArrayNode();
            rpc.addObject().put("type", "event").put("node", session.getInt("uiNode")).put("event", "ui-navigate")
                .set("data", data);
            return rpc;
        }, expect).exec(session -> session.set("historyIndex", session.getInt("historyIndex") + 1));
    }

    /**
     * Types {@code text} into a text field or area, as the client does when the field's value-change timeout
     * or change event fires: the {@code value} property synchronised, then the event the server listens to.
     */
    static ChainBuilder type(String kind, String nodeKey, String event, Function<Session, String> text, CheckBuilder... expect) {
        return uidl(kind, session -> {
            int node = session.getInt(nodeKey);
            ArrayNode rpc = JSON.createArrayNode();
            rpc.addObject().put("type", "mSync").put("node", node).put("feature", 1).put("property", "value")
                .put("value", text.apply(session));
            ObjectNode fired = rpc.addObject().put("type", "event").put("node", node).put("event", event);
            fired.putObject("data").put("for", "trailing");
            return rpc;
        }, expect);
    }

    /** Remembers a search facet's first choice in the answer ({@link Uidl#checkboxChoice()}); a KO if none. */
    static CheckBuilder facetChoice(String sessionKey) {
        return bodyString().transform(body -> Uidl.parse(body).checkboxChoice().map(c -> c.group() + " " + c.value()).orElse(""))
            .not("").saveAs(sessionKey).name("a facet choice");
    }

    /** Ticks the facet choice remembered as {@code choiceKey}: the group's {@code value} synchronised, then its change event. */
    static ChainBuilder tick(String kind, String choiceKey, CheckBuilder... expect) {
        return uidl(kind, session -> {
            String[] choice = session.getString(choiceKey).split(" ", 2);
            int group = Integer.parseInt(choice[0]);
            ArrayNode rpc = JSON.createArrayNode();
            ObjectNode sync = rpc.addObject().put("type", "mSync").put("node", group).put("feature", 1).put("property", "value");
            sync.putArray("value").add(choice[1]);
            rpc.addObject().put("type", "event").put("node", group).put("event", "value-changed").putObject("data");
            return rpc;
        }, expect);
    }

    /**
     * Opens a combo box's list as its client does: {@code setViewportRange(0, 50, "")} on the box; the answer sends the
     * items with their keys ({@link Uidl#comboItems()}), remembered as {@code itemsKey}; a KO if none.
     */
    static ChainBuilder openList(String kind, String boxKey, String itemsKey) {
        return uidl(kind, session -> {
            ArrayNode rpc = JSON.createArrayNode();
            ObjectNode call = rpc.addObject().put("type", "publishedEventHandler").put("node", session.getInt(boxKey))
                .put("templateEventMethodName", "setViewportRange").put("promise", 0);
            call.putArray("templateEventMethodArgs").add(0).add(50).add("");
            return rpc;
        }, bodyString().transform(body -> Uidl.parse(body).comboItems().stream().map(Uidl.Item::key).toList())
            .validate("some", (found, session) -> {
                if (found == null || found.isEmpty()) {
                    throw new IllegalStateException("no items in the list");
                }
                return found;
            }).saveAs(itemsKey).name("items for " + itemsKey));
    }

    /** Picks one item of a combo box by its key: the box's {@code value} synchronised, then its change event. */
    static ObjectNode[] pickOne(int box, String itemKey) {
        return new ObjectNode[]{
            JSON.createObjectNode().put("type", "mSync").put("node", box).put("feature", 1).put("property", "value").put("value", itemKey),
            event(box, "value-changed")};
    }

    /** Chooses a radio button remembered as {@code choiceKey} ({@link #radio}): the group's {@code value}, then its change event. */
    static ChainBuilder choose(String kind, String choiceKey, CheckBuilder... expect) {
        return uidl(kind, session -> {
            String[] choice = session.getString(choiceKey).split(" ", 2);
            int group = Integer.parseInt(choice[0]);
            ArrayNode rpc = JSON.createArrayNode();
            rpc.addObject().put("type", "mSync").put("node", group).put("feature", 1).put("property", "value").put("value", choice[1]);
            rpc.add(event(group, "value-changed"));
            return rpc;
        }, expect);
    }

    /** Several changes a person makes one after another, sent in one message (as the client batches them). */
    static ChainBuilder changes(String kind, Function<Session, ObjectNode[]> invocations, CheckBuilder... expect) {
        return uidl(kind, session -> {
            ArrayNode rpc = JSON.createArrayNode();
            for (ObjectNode invocation : invocations.apply(session)) {
                rpc.add(invocation);
            }
            return rpc;
        }, expect);
    }

    private static ObjectNode event(int node, String name) {
        ObjectNode fired = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        fired.putObject("data");
        return fired;
    }

    /** Remembers the radio button labelled {@code label} as "group value" ({@link Uidl#radioChoice}); a KO if none. */
    static CheckBuilder radio(String sessionKey, String label) {
        return bodyString().transform(body -> Uidl.parse(body).radioChoice(label).map(c -> c.group() + " " + c.value()).orElse(""))
            .not("").saveAs(sessionKey).name("a choice '" + label + "'");
    }

    /** Remembers the node of the button reading {@code text} (a dialog's primary button has no id); a KO if none. */
    static CheckBuilder button(String sessionKey, String text) {
        return bodyString().transform(body -> Uidl.parse(body).buttonWithText(text).orElse(-1))
            .gt(-1).saveAs(sessionKey).name("button '" + text + "'");
    }

    /** Remembers the node of the element whose id is exactly {@code id}; a KO if none. */
    static CheckBuilder nodeById(String sessionKey, String id) {
        return bodyString().transform(body -> Uidl.parse(body).nodeWithId(id).orElse(-1))
            .gt(-1).saveAs(sessionKey).name("element #" + id);
    }

    /** A click on a button (the mouse details Vaadin's click listener asks for). */
    static ChainBuilder click(String kind, String nodeKey, CheckBuilder... expect) {
        return uidl(kind, session -> clickOn(session.getInt(nodeKey)), expect);
    }

    private static ArrayNode clickOn(int node) {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode click = rpc.addObject().put("type", "event").put("node", node).put("event", "click");
        click.putObject("data").put("event.shiftKey", false).put("event.metaKey", false).put("event.altKey", false)
            .put("event.ctrlKey", false).put("event.detail", 1).put("event.button", 0)
            .put("event.clientX", 40).put("event.clientY", 20).put("event.screenX", 40).put("event.screenY", 80);
        return rpc;
    }

    /**
     * Signs out with the button in the app's header: the answer ends the session and sends the browser to the
     * start page, whose request then goes to the sign-in page.
     */
    static ChainBuilder signOut(String nodeKey) {
        return exec(http("sign out").post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> {
                    ObjectNode message = JSON.createObjectNode().put("csrfToken", session.getString("csrf"));
                    message.set("rpc", clickOn(session.getInt(nodeKey)));
                    return message.put("syncId", session.getInt("syncId")).put("clientId", session.getInt("clientId")).toString();
                }))
                .check(status().is(200))
                .check(bodyString().transform(body -> Uidl.parse(body).endsSession()).is(true).name("session ended")))
            .exitHereIfFailed()
            .exec(http("after sign out").get("/").disableFollowRedirect()
                .check(status().is(302), header("Location").transform(l -> l.endsWith("/login")).is(true).name("to sign-in")));
    }

    /** The answer must hold an element with this id (a view's root, say). */
    static CheckBuilder element(String id) {
        return bodyString().transform(body -> Uidl.parse(body).nodeWithId(id).isPresent())
            .is(true).name("element #" + id);
    }

    /** The answer must open a notification whose text contains {@code part} ("Meeting notes saved.", say). */
    static CheckBuilder notice(String part) {
        return bodyString().transform(body -> Uidl.parse(body).notifications().stream().anyMatch(n -> n.contains(part)))
            .is(true).name("a notification with '" + part + "'");
    }

    /** The answer must show a text containing {@code part}. */
    static CheckBuilder text(String part) {
        return bodyString().transform(body -> Uidl.parse(body).showsText(part)).is(true).name("a text with '" + part + "'");
    }

    /** Remembers as {@code sessionKey} the node of the first element whose id starts with {@code idPrefix}; a KO if none. */
    static CheckBuilder node(String sessionKey, String idPrefix) {
        return bodyString().transform(body -> {
                Uidl answer = Uidl.parse(body);
                int node = answer.nodeWithIdStarting(idPrefix).orElse(-1);
                if (node < 0 && Boolean.getBoolean("load.debug")) {
                    System.err.println("No element #" + idPrefix + "… in an answer showing " + answer.texts());
                }
                return node;
            })
            .gt(-1).saveAs(sessionKey).name("element #" + idPrefix + "…");
    }

    /** Remembers as {@code sessionKey} the links of the answer that {@code which} accepts; a KO if there is none. */
    static CheckBuilder links(String sessionKey, Predicate<String> which) {
        return bodyString().transform(body -> Uidl.parse(body).links("").stream().filter(which).distinct().toList())
            .validate("some", (found, session) -> {
                if (found == null || found.isEmpty()) {
                    throw new IllegalStateException("no link to follow");
                }
                return found;
            }).saveAs(sessionKey).name("links for " + sessionKey);
    }

    /**
     * Opens a page that may answer "Page not found" for this person, as a menu item can (Supervision, for a deputy
     * manager: issue 34 §1 load run of 8 December 2026): remembers as {@code sessionKey} whether the page shows the
     * element {@code id}; only other trouble is a KO.
     */
    static ChainBuilder visit(String kind, String route, String id, String sessionKey) {
        return uidl(kind, session -> {
            ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
            data.putObject("historyState").put("idx", session.getInt("historyIndex"));
            ArrayNode rpc = JSON.createArrayNode();
            rpc.addObject().put("type", "event").put("node", session.getInt("uiNode")).put("event", "ui-navigate").set("data", data);
            return rpc;
        }, true, bodyString().transform(body -> Uidl.parse(body).nodeWithId(id).isPresent()).saveAs(sessionKey))
            .exec(session -> session.set("historyIndex", session.getInt("historyIndex") + 1));
    }

    /** One UIDL message: the RPC invocations, with the token and counters of the previous answer. */
    static ChainBuilder uidl(String kind, Function<Session, ArrayNode> rpc, CheckBuilder... expect) {
        return uidl(kind, rpc, false, expect);
    }

    private static ChainBuilder uidl(String kind, Function<Session, ArrayNode> rpc, boolean notFoundIsAnAnswer, CheckBuilder... expect) {
        return exec(http(kind).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> {
                    ObjectNode message = JSON.createObjectNode().put("csrfToken", session.getString("csrf"));
                    message.set("rpc", rpc.apply(session));
                    return message.put("syncId", session.getInt("syncId")).put("clientId", session.getInt("clientId")).toString();
                }))
                .check(status().is(200))
                .check(bodyString().transform(body -> {
                    Uidl answer = Uidl.parse(body);
                    answer.trouble().filter(trouble -> !(notFoundIsAnAnswer && trouble.equals("Page not found"))).ifPresent(trouble -> {
                        throw new IllegalStateException(trouble);
                    });
                    return body;
                }).saveAs("uidl"))
                .check(expect))
            .exitHereIfFailed()
            .exec(session -> {
                Uidl answer = Uidl.parse(session.getString("uidl"));
                return session.set("syncId", answer.syncId()).set("clientId", answer.clientId());
            });
    }
}
