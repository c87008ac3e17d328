package org.centrecpd.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads one answer of Vaadin's UIDL protocol: what a virtual user needs for its next request.
 * <p>
 * Written by hand because Gatling knows nothing of Vaadin and Vaadin publishes no client for its wire
 * format outside the browser. What it reads, as Flow 25 sends it:
 * <ul>
 * <li>the bootstrap answer ({@code ?v-r=init}): {@code appConfig.v-uiId}, and in {@code appConfig.uidl} the
 * CSRF token ({@code Vaadin-Security-Key}), {@code syncId} and {@code clientId};</li>
 * <li>each later answer ({@code POST ?v-r=uidl}): {@code syncId} and {@code clientId} to send back, and the
 * {@code changes}: a node gets its tag as {@code {node, feat: 0, key: "tag"}}, an attribute (id, href) as
 * {@code feat: 3}, a property (label, value) as {@code feat: 1}, the text of a text node as {@code feat: 7}.</li>
 * </ul>
 * Nodes are found by the element id or link the app gives them, never by number: node numbers depend on
 * what the session has built before.
 */
public final class Uidl {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TAG = 0;
    private static final int PROPERTY = 1;
    private static final int ATTRIBUTE = 3;
    private static final int TEXT = 7;

    private final JsonNode root;

    private Uidl(JsonNode root) {
        this.root = root;
    }

    /** An answer to {@code POST ?v-r=uidl}: a JSON object (or, from older servers, an array after {@code for(;;);}). */
    public static Uidl parse(String body) {
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        try {
            JsonNode node = JSON.readTree(json);
            return new Uidl(node.isArray() ? node.get(0) : node);
        } catch (Exception e) {
            throw new IllegalStateException("Not a UIDL answer: " + abbreviate(body), e);
        }
    }

    /** The UIDL inside the bootstrap answer ({@code ?v-r=init}). */
    public static Uidl parseInit(String body) {
        Uidl init = parse(body);
        return new Uidl(init.root.path("appConfig").path("uidl"));
    }

    /** The UI's id, from the bootstrap answer. */
    public static int uiId(String initBody) {
        return parse(initBody).root.path("appConfig").path("v-uiId").asInt(-1);
    }

    public String csrfToken() {
        return require(root.path("Vaadin-Security-Key").asText(null), "Vaadin-Security-Key");
    }

    public int syncId() {
        return require(root.get("syncId"), "syncId").asInt();
    }

    public int clientId() {
        return require(root.get("clientId"), "clientId").asInt();
    }

    /**
     * Why this answer is not a normal one, or empty: the session expired, the server asked the client to
     * start again (a lost or repeated message), or it reports an error.
     */
    public Optional<String> trouble() {
        JsonNode meta = root.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return Optional.of("session expired");
        }
        if (meta.has("appError")) {
            return Optional.of("application error: " + meta.get("appError"));
        }
        if (root.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
            return Optional.of("server asked to resynchronize");
        }
        if (!root.has("syncId")) {
            return Optional.of("no syncId in the answer");
        }
        return texts().stream().anyMatch("Page not found"::equals) ? Optional.of("Page not found") : Optional.empty();
    }

    /** Whether this answer ends the session (a sign-out): Vaadin says the session expired and sends the browser on. */
    public boolean endsSession() {
        return root.path("meta").path("sessionExpired").asBoolean(false) && root.has("execute");
    }

    /** The node whose element id is {@code id}. */
    public Optional<Integer> nodeWithId(String id) {
        return nodeWhere(ATTRIBUTE, "id", id::equals);
    }

    /** The first node whose element id starts with {@code prefix}, in the order the server sent them. */
    public Optional<Integer> nodeWithIdStarting(String prefix) {
        return nodeWhere(ATTRIBUTE, "id", v -> v.startsWith(prefix));
    }

    /** The first node with this tag, e.g. {@code vaadin-text-field}. */
    public Optional<Integer> nodeWithTag(String tag) {
        return nodeWhere(TAG, "tag", tag::equals);
    }

    /** The first node whose property {@code name} (a label, say) matches. */
    public Optional<Integer> nodeWithProperty(String name, Predicate<String> value) {
        return nodeWhere(PROPERTY, name, value);
    }

    /** A choice offered in a group of checkboxes (a search facet): the group's node and the choice's value. */
    public record Choice(int group, String value) {
    }

    /**
     * The first checkbox this answer adds to a group, with its value: Vaadin's checkbox group ticks choices by
     * these values. (The group's own tag may have come in an earlier answer; its children come with each new set
     * of choices.)
     */
    public Optional<Choice> checkboxChoice() {
        for (JsonNode change : changes()) {
            if ("splice".equals(change.path("type").asText()) && change.has("addNodes")) {
                for (JsonNode added : change.get("addNodes")) {
                    int child = added.asInt();
                    if (hasPut(child, TAG, "tag", "vaadin-checkbox")) {
                        Optional<String> value = valueOf(child, PROPERTY, "value");
                        if (value.isPresent()) {
                            return Optional.of(new Choice(change.path("node").asInt(), value.get()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The choice of a radio group whose label reads {@code label}: the group's node and the choice's value (the key
     * the server knows the item by). The label is a text node inside the radio button, so the tree is walked up from it.
     */
    public Optional<Choice> radioChoice(String label) {
        Map<Integer, Integer> parents = parents();
        for (int text : textNodes(label::equals)) {
            Optional<Integer> radio = ancestor(text, "vaadin-radio-button", parents);
            Optional<Integer> group = radio.flatMap(r -> ancestor(r, "vaadin-radio-group", parents));
            Optional<String> value = radio.flatMap(r -> valueOf(r, PROPERTY, "value"));
            if (group.isPresent() && value.isPresent()) {
                return Optional.of(new Choice(group.get(), value.get()));
            }
        }
        return Optional.empty();
    }

    /** The button whose text reads {@code text}: a dialog's primary button, which has no element id. */
    public Optional<Integer> buttonWithText(String text) {
        Map<Integer, Integer> parents = parents();
        return textNodes(text::equals).stream().map(t -> ancestor(t, "vaadin-button", parents)).flatMap(Optional::stream).findFirst();
    }

    /** A link in a list item (a card) and the card's texts in order: a person's name first, then what it says of them. */
    public record Card(String href, List<String> texts) {
    }

    /** The cards (list items) holding a link that starts with {@code prefix}, in the order sent. */
    public List<Card> cards(String prefix) {
        Map<Integer, Integer> parents = parents();
        // In the order the answer adds them, which is the page's order for a new card.
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (JsonNode change : changes()) {
            if ("splice".equals(change.path("type").asText()) && change.has("addNodes")) {
                change.get("addNodes").forEach(child ->
                    children.computeIfAbsent(change.path("node").asInt(), p -> new ArrayList<>()).add(child.asInt()));
            }
        }
        Map<Integer, String> texts = new HashMap<>();
        for (JsonNode change : changes()) {
            if (isPut(change, TEXT, "text")) {
                texts.put(change.path("node").asInt(), change.path("value").asText());
            }
        }
        List<Card> found = new ArrayList<>();
        for (JsonNode change : changes()) {
            if (isPut(change, ATTRIBUTE, "href") && change.path("value").asText("").startsWith(prefix)) {
                ancestor(change.path("node").asInt(), "li", parents).ifPresent(card -> {
                    List<String> inCard = new ArrayList<>();
                    collectTexts(card, children, texts, inCard);
                    found.add(new Card(change.path("value").asText(), inCard));
                });
            }
        }
        return found;
    }

    private static void collectTexts(int node, Map<Integer, List<Integer>> children, Map<Integer, String> texts, List<String> into) {
        if (texts.containsKey(node)) {
            into.add(texts.get(node));
        }
        for (int child : children.getOrDefault(node, List.of())) {
            collectTexts(child, children, texts, into);
        }
    }

    /** An item sent to a combo box: the box's node, the key the server knows the item by, and its label. */
    public record Item(int box, String key, String label) {
    }

    /**
     * The items this answer sends to combo boxes: a combo box asks for a range of its items
     * ({@code setViewportRange}) and gets them in a {@code $connector.set(start, items, filter)} call of the
     * answer's {@code execute}, each item with its key and label.
     */
    public List<Item> comboItems() {
        List<Item> found = new ArrayList<>();
        for (JsonNode call : root.path("execute")) {
            if (!call.isArray() || call.isEmpty() || !call.get(call.size() - 1).asText("").contains("$connector.set(")) {
                continue;
            }
            int box = call.get(0).path("@v-node").asInt(-1);
            for (JsonNode argument : call) {
                if (argument.isArray()) {
                    for (JsonNode item : argument) {
                        if (item.has("key")) {
                            found.add(new Item(box, item.get("key").asText(), item.path("label").asText()));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Each node's parent, from the children this answer adds ({@code splice} with {@code addNodes}). */
    private Map<Integer, Integer> parents() {
        Map<Integer, Integer> parents = new HashMap<>();
        for (JsonNode change : changes()) {
            if ("splice".equals(change.path("type").asText()) && change.has("addNodes")) {
                change.get("addNodes").forEach(child -> parents.put(child.asInt(), change.path("node").asInt()));
            }
        }
        return parents;
    }

    /** The nearest ancestor of {@code node} with {@code tag}, within a few levels (a label's text in its span, say). */
    private Optional<Integer> ancestor(int node, String tag, Map<Integer, Integer> parents) {
        Integer at = parents.get(node);
        for (int level = 0; at != null && level < 5; level++, at = parents.get(at)) {
            if (hasPut(at, TAG, "tag", tag)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    private List<Integer> textNodes(Predicate<String> text) {
        List<Integer> found = new ArrayList<>();
        for (JsonNode change : changes()) {
            if (isPut(change, TEXT, "text") && text.test(change.path("value").asText())) {
                found.add(change.path("node").asInt());
            }
        }
        return found;
    }

    private boolean hasPut(int node, int feature, String key, String value) {
        return valueOf(node, feature, key).filter(value::equals).isPresent();
    }

    private Optional<String> valueOf(int node, int feature, String key) {
        for (JsonNode change : changes()) {
            if (change.path("node").asInt() == node && isPut(change, feature, key)) {
                return Optional.of(change.path("value").asText());
            }
        }
        return Optional.empty();
    }

    /** Every link address ({@code href}) that starts with {@code prefix}, in the order sent. */
    public List<String> links(String prefix) {
        List<String> found = new ArrayList<>();
        for (JsonNode change : changes()) {
            if (isPut(change, ATTRIBUTE, "href") && change.path("value").asText("").startsWith(prefix)) {
                found.add(change.path("value").asText());
            }
        }
        return found;
    }

    /** The texts of every text node in the answer. */
    public List<String> texts() {
        List<String> found = new ArrayList<>();
        for (JsonNode change : changes()) {
            if (isPut(change, TEXT, "text")) {
                found.add(change.path("value").asText());
            }
        }
        return found;
    }

    /** The texts of the notifications the answer opens (a notification's text is its property, not a text node). */
    public List<String> notifications() {
        List<String> found = new ArrayList<>();
        for (JsonNode change : changes()) {
            int node = change.path("node").asInt();
            if (isPut(change, PROPERTY, "text") && hasPut(node, TAG, "tag", "vaadin-notification")) {
                found.add(change.path("value").asText());
            }
        }
        return found;
    }

    /** Whether any text node in the answer contains {@code part}. */
    public boolean showsText(String part) {
        return texts().stream().anyMatch(t -> t.contains(part));
    }

    private Optional<Integer> nodeWhere(int feature, String key, Predicate<String> value) {
        for (JsonNode change : changes()) {
            if (isPut(change, feature, key) && change.path("value").isValueNode() && value.test(change.path("value").asText())) {
                return Optional.of(change.path("node").asInt());
            }
        }
        return Optional.empty();
    }

    private Iterable<JsonNode> changes() {
        return root.path("changes");
    }

    private static boolean isPut(JsonNode change, int feature, String key) {
        return "put".equals(change.path("type").asText()) && change.path("feat").asInt(-1) == feature
            && key.equals(change.path("key").asText());
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("No " + what + " in the answer");
        }
        return value;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
